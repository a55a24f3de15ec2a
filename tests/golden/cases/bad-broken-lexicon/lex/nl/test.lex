# Minimal Dutch lexicon for the unit tests.
@category baby
kraamvisite*
baby
@category pitch
korting
@category negation
geen
@category contrast
maar
@category stopword
de
het
een
bij
is

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
# For the compound tests (test_compound.c): last parts, first parts, a phrase word, and
# a compound kept whole.
@category celebration
feestje
leuk feestje = 2
verjaardag
@category family
kinderen
ouders
@category company
overleg
werken
@category pets
schapen
@category leisure
avondje
avondje uit
fietsen tegen de wind
@category whole
ouderfeestje

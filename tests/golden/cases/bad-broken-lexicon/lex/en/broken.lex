# a lexicon with an error on line 4
@category baby
babies
newborn = lots

# Words learned from the labelled dev posts (corpora/dev.jsonl), Dutch: generated, do not
# edit by hand. Regenerate after a change to corpora/dev or to the other lexicon files with
#
#     python3 bench/corpus_vocabulary.py --write
#
# Each stem that no other entry covers and that separates the personal from the
# professional dev posts is one entry under its commonest spelling: weighted log-odds with
# an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior strength 300)
# over the posts holding the stem, |z| >= 0.5, at least 3 posts on its side,
# mixed posts not counted, weight |z| / 3 up to 1. A stem is kept only when the
# real posts of ../shared/data (dev four-fifths) lean the same way by z >= 2, so
# that a habit of the corpus writers is not learned as a mindset. Function words and
# names are left out. Why and how well: bench/RESULTS.md, "Words learned from the dev
# posts"; `python3 bench/corpus_vocabulary.py --check` measures them on the blind rounds'
# posts, learned only from the posts written before each round.

@category learned_personal
keer
dag = 0.65
gezet = 0.61
lieve = 0.52
beste = 0.52
graag = 0.51
amsterdam = 0.45
praat = 0.42
daarna = 0.41
ligt = 0.41
mannen = 0.39
valt = 0.39
ma = 0.29
oude = 0.29
maken = 0.20

@category learned_professional
per
vragen = 0.88
grote = 0.72
krijgen = 0.72
mensen = 0.64
nodig = 0.60
april = 0.52
gebruik = 0.48
afgelopen = 0.40
februari = 0.40
ruim = 0.40
samen = 0.40
meeste = 0.40
afspraak = 0.36
juist = 0.36
moment = 0.36
verder = 0.34
twee = 0.33
betekent = 0.31
direct = 0.31
gas = 0.31
haven = 0.31
korte = 0.31
ongeveer = 0.31
online = 0.31
verdienen = 0.31
zodat = 0.31
vooral = 0.28
tweede = 0.27
zorg = 0.27
extra = 0.19
kinderopvang = 0.19
kost = 0.19
pas = 0.18

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
beste = 0.72
daarna = 0.67
mannen = 0.61
dag = 0.56
amsterdam = 0.53
gezet = 0.52
praat = 0.51
ligt = 0.43
valt = 0.43
oude = 0.37
mis = 0.36
terug = 0.33
graag = 0.32
maken = 0.32
lieve = 0.31
km = 0.30
ma = 0.29
net = 0.29
volgende = 0.28
ver = 0.19
uur = 0.17

@category learned_professional
per
vragen
grote = 0.81
krijgen = 0.81
nodig = 0.70
april = 0.70
verder = 0.59
mensen = 0.58
kort = 0.56
meeste = 0.55
ruim = 0.52
gebruik = 0.50
samen = 0.50
afgelopen = 0.44
direct = 0.44
kinderopvang = 0.42
online = 0.42
test = 0.41
tweede = 0.40
afspraak = 0.38
betekent = 0.38
februari = 0.38
moment = 0.38
vooral = 0.36
zodat = 0.36
twee = 0.34
bieden = 0.29
gas = 0.29
haven = 0.29
honderden = 0.29
ongeveer = 0.29
verdienen = 0.29
juist = 0.28
pas = 0.24

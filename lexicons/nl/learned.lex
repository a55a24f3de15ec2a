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
beste = 0.75
dag = 0.63
gezet = 0.62
daarna = 0.61
amsterdam = 0.54
mannen = 0.54
valt = 0.44
praat = 0.43
oude = 0.39
mis = 0.37
ligt = 0.35
maken = 0.34
graag = 0.34
terug = 0.34
lieve = 0.33
km = 0.31
ma = 0.31
volgende = 0.30
uur = 0.27
net = 0.20

@category learned_professional
per
vragen
krijg = 0.80
grote = 0.76
april = 0.66
nodig = 0.62
mensen = 0.59
verder = 0.58
meeste = 0.54
kort = 0.51
ruim = 0.51
samen = 0.51
gebruik = 0.48
afgelopen = 0.45
direct = 0.45
online = 0.41
test = 0.41
tweede = 0.39
afspraak = 0.38
februari = 0.38
moment = 0.38
kinderopvang = 0.35
vooral = 0.35
betekent = 0.34
twee = 0.32
gas = 0.29
haven = 0.29
honderden = 0.29
ongeveer = 0.29
verdienen = 0.29
juist = 0.27
zodat = 0.27
zorg = 0.26
pas = 0.24
kost = 0.18

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
dag = 0.70
gezet = 0.62
beste = 0.60
mannen = 0.53
graag = 0.52
amsterdam = 0.44
daarna = 0.42
lieve = 0.42
praat = 0.42
km = 0.38
valt = 0.38
maken = 0.38
oude = 0.38
ligt = 0.33
ma = 0.30
net = 0.26
volgende = 0.24

@category learned_professional
per
vragen = 0.97
grote = 0.78
krijg = 0.78
april = 0.63
nodig = 0.63
mensen = 0.62
samen = 0.52
verder = 0.50
gebruik = 0.46
meeste = 0.45
direct = 0.43
korte = 0.43
ruim = 0.41
tweede = 0.40
afgelopen = 0.39
afspraak = 0.39
februari = 0.39
moment = 0.39
online = 0.39
tests = 0.39
juist = 0.35
betekent = 0.30
gas = 0.30
haven = 0.30
ongeveer = 0.30
verdienen = 0.30
twee = 0.29
extra = 0.28
kinderopvang = 0.28
vooral = 0.28
pas = 0.20
zorg = 0.20
kost = 0.19
zodat = 0.19

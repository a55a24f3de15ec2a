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
keer = 0.99
dag = 0.65
gezet = 0.60
lieve = 0.50
amsterdam = 0.46
mannen = 0.40
valt = 0.40
ligt = 0.40
oude = 0.39
graag = 0.39
daarna = 0.39
beste = 0.32
maken = 0.31
ma = 0.27
praat = 0.27

@category learned_professional
per
vragen = 0.80
krijg = 0.72
grote = 0.68
mensen = 0.60
april = 0.43
afgelopen = 0.42
februari = 0.42
gebruiken = 0.42
meeste = 0.42
afspraak = 0.37
moment = 0.37
samen = 0.37
vooral = 0.37
betekent = 0.32
gas = 0.32
juist = 0.32
korte = 0.32
ruim = 0.32
verdienen = 0.32
zodat = 0.32
nodig = 0.29
twee = 0.29
tweede = 0.29
verder = 0.21
zorg = 0.21
gesloten = 0.20
kinderopvang = 0.20

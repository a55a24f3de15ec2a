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
keer = 0.82
dag = 0.76
daarna = 0.58
gezeten = 0.51
graag = 0.49
lieve = 0.49
amsterdam = 0.47
oude = 0.47
mannen = 0.41
maken = 0.30
ligt = 0.27
ma = 0.27

@category learned_professional
per
krijg = 0.72
vragen = 0.66
grote = 0.56
mensen = 0.47
afgelopen = 0.43
gebruiken = 0.43
afspraak = 0.39
februari = 0.39
moment = 0.39
samen = 0.39
vooral = 0.39
april = 0.37
meeste = 0.36
korte = 0.33
zodat = 0.33
twee = 0.30
pas = 0.26
verder = 0.21
zorg = 0.21
gesloten = 0.21
nodig = 0.21
eigen = 0.18

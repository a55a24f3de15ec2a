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
beste = 0.90
mannen = 0.62
daarna = 0.59
oude = 0.53
gezet = 0.53
valt = 0.43
dag = 0.43
praat = 0.42
ligt = 0.38
man = 0.37
terug = 0.37
uur = 0.36
mis = 0.34
km = 0.31
ma = 0.30
maken = 0.28
graag = 0.24

@category learned_professional
per
vragen
grote = 0.91
krijgen = 0.86
april = 0.75
nodig = 0.65
meeste = 0.63
online = 0.52
gebruik = 0.51
mensen = 0.51
samen = 0.48
direct = 0.46
tweede = 0.45
verder = 0.43
afgelopen = 0.43
test = 0.43
twee = 0.43
kinderopvang = 0.42
februari = 0.40
afspraak = 0.36
betekent = 0.36
haven = 0.36
moment = 0.36
juist = 0.36
vooral = 0.36
zodat = 0.36
ruim = 0.33
honderd = 0.32
bieden = 0.28
daarom = 0.28
gas = 0.28
ongeveer = 0.28
polen = 0.28
totaal = 0.28
verdienen = 0.28
voorstelling = 0.28
pas = 0.28
kost = 0.27
antwoord = 0.27
ouders = 0.21

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
beste = 0.78
mannen = 0.62
daarna = 0.59
oude = 0.53
gezet = 0.52
dag = 0.50
ligt = 0.44
terug = 0.44
valt = 0.43
praat = 0.42
man = 0.35
mis = 0.35
uur = 0.32
lieve = 0.31
ver = 0.31
km = 0.30
ma = 0.30
graag = 0.24
maken = 0.20

@category learned_professional
per
vragen
krijg = 0.84
grote = 0.83
april = 0.70
verder = 0.63
nodig = 0.62
meeste = 0.59
kort = 0.55
gebruik = 0.49
samen = 0.49
online = 0.47
direct = 0.47
mensen = 0.44
afgelopen = 0.44
kinderopvang = 0.42
test = 0.40
tweede = 0.40
twee = 0.39
afspraak = 0.37
betekent = 0.37
februari = 0.37
moment = 0.37
juist = 0.36
vooral = 0.36
zodat = 0.36
haven = 0.33
bieden = 0.28
daarom = 0.28
gas = 0.28
honderden = 0.28
ongeveer = 0.28
totaal = 0.28
verdienen = 0.28
kost = 0.27
antwoord = 0.27
ruim = 0.27
pas = 0.24

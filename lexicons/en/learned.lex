# Words learned from the labelled dev posts (corpora/dev.jsonl), English: generated, do not
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
come
done = 0.97
watch = 0.87
old = 0.81
morning = 0.72
walked = 0.68
day = 0.45
hall = 0.43
lights = 0.43
back = 0.43
long = 0.41
photos = 0.32
finished = 0.29
waiting = 0.29
go = 0.27
closed = 0.20

@category learned_professional
link
free = 0.96
apply = 0.83
month = 0.67
changed = 0.63
test = 0.56
use = 0.55
per = 0.50
across = 0.44
ad = 0.42
building = 0.42
promise = 0.41
news = 0.38
big = 0.38
pushed = 0.36
answer = 0.35
within = 0.35
reading = 0.33
based = 0.31
interested = 0.31
model = 0.31
required = 0.31
collection = 0.28
cover = 0.28
give = 0.28
see = 0.21
bigger = 0.19
care = 0.19

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
come = 0.95
done = 0.86
watch = 0.86
old = 0.84
morning = 0.72
walk = 0.59
back = 0.52
little = 0.50
day = 0.49
hall = 0.43
lights = 0.43
everyone = 0.41
long = 0.41
photos = 0.41
go = 0.36
beat = 0.29
play = 0.29
waiting = 0.29
closed = 0.25

@category learned_professional
link
free = 0.89
apply = 0.84
month = 0.79
changed = 0.60
per = 0.60
use = 0.50
across = 0.42
ad = 0.42
building = 0.42
test = 0.42
answer = 0.35
news = 0.33
pay = 0.33
based = 0.32
energy = 0.32
model = 0.32
promise = 0.32
pushing = 0.32
required = 0.32
within = 0.28
big = 0.28
reading = 0.27
bigger = 0.19
collection = 0.19
cover = 0.19
give = 0.19
group = 0.19
review = 0.19
thrilled = 0.19

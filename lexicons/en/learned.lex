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
done
watch = 0.97
morning = 0.83
come = 0.83
walked = 0.74
old = 0.73
go = 0.68
hall = 0.61
photos = 0.50
day = 0.50
lights = 0.43
finished = 0.41
waiting = 0.41
hours = 0.40
like = 0.38
back = 0.38
playing = 0.31
room = 0.25
head = 0.23
long = 0.23
missed = 0.23
closed = 0.23

@category learned_professional
free
link
apply = 0.98
use = 0.71
change = 0.64
per = 0.64
test = 0.58
news = 0.54
promise = 0.48
ad = 0.47
collection = 0.47
across = 0.45
big = 0.45
building = 0.42
cover = 0.36
give = 0.36
within = 0.34
based = 0.34
calendar = 0.34
credit = 0.34
claims = 0.30
interested = 0.30
model = 0.30
print = 0.30
stack = 0.30
bigger = 0.29
pushing = 0.29
ten = 0.29
answer = 0.28
energy = 0.28
read = 0.23
expect = 0.19
required = 0.19
streams = 0.19
unit = 0.19

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
come = 0.93
watch = 0.91
morning = 0.88
walked = 0.66
old = 0.65
hall = 0.61
go = 0.60
day = 0.59
lights = 0.42
photos = 0.41
finished = 0.40
back = 0.39
long = 0.31
playing = 0.30
waiting = 0.29
hours = 0.26
closed = 0.25
room = 0.24
little = 0.20
like = 0.20

@category learned_professional
link
free = 0.93
apply = 0.84
test = 0.64
use = 0.64
change = 0.60
per = 0.60
big = 0.60
news = 0.55
across = 0.46
promise = 0.46
ad = 0.43
building = 0.43
collection = 0.36
within = 0.36
based = 0.35
calendar = 0.35
claims = 0.30
credit = 0.30
interested = 0.30
model = 0.30
print = 0.30
bigger = 0.29
check = 0.29
cover = 0.29
give = 0.29
pushing = 0.29
answer = 0.28
read = 0.24
energy = 0.20
required = 0.20
streams = 0.20
person = 0.18

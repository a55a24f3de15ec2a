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
watching
walked = 0.87
come = 0.84
hall = 0.68
finished = 0.68
morning = 0.68
day = 0.68
photos = 0.67
old = 0.67
play = 0.60
go = 0.56
hours = 0.46
lights = 0.44
like = 0.40
waiting = 0.33
back = 0.29
little = 0.27
made = 0.21
missed = 0.21
head = 0.17

@category learned_professional
apply
free
link
use = 0.82
big = 0.72
change = 0.69
news = 0.69
test = 0.69
per = 0.62
promise = 0.55
across = 0.50
within = 0.50
collection = 0.45
cover = 0.42
give = 0.42
pushing = 0.42
based = 0.40
claims = 0.36
credit = 0.35
ten = 0.35
unit = 0.35
ad = 0.34
building = 0.34
check = 0.34
care = 0.33
calendar = 0.33
model = 0.33
interested = 0.28
print = 0.28
stack = 0.28
bigger = 0.28
press = 0.28
answer = 0.27
energy = 0.27
reading = 0.24
period = 0.19
required = 0.19
streams = 0.19

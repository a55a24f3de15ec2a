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
watch = 0.98
come = 0.85
morning = 0.79
walked = 0.75
day = 0.62
hall = 0.62
old = 0.60
go = 0.53
finished = 0.52
playing = 0.52
photos = 0.52
lights = 0.44
like = 0.44
waiting = 0.42
hours = 0.41
back = 0.37
missed = 0.28
little = 0.25
head = 0.21
room = 0.19
closed = 0.18

@category learned_professional
link
apply
free = 0.94
use = 0.76
change = 0.73
test = 0.68
per = 0.66
news = 0.65
big = 0.56
promise = 0.56
across = 0.50
within = 0.45
building = 0.41
give = 0.41
collection = 0.40
based = 0.37
claims = 0.37
credit = 0.37
cover = 0.35
unit = 0.35
ad = 0.33
calendar = 0.33
model = 0.33
interested = 0.29
print = 0.29
stack = 0.29
bigger = 0.28
listening = 0.28
pushing = 0.28
ten = 0.28
read = 0.27
answer = 0.27
energy = 0.27
period = 0.19
press = 0.19
required = 0.19
streams = 0.19

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
done
watch = 0.86
morning = 0.78
walked = 0.67
old = 0.66
go = 0.57
hall = 0.53
day = 0.51
back = 0.44
lights = 0.43
long = 0.41
photos = 0.32
finished = 0.30
waiting = 0.30
like = 0.25
little = 0.20
play = 0.19
hours = 0.18

@category learned_professional
link
free = 0.86
apply = 0.85
test = 0.70
changed = 0.67
use = 0.55
per = 0.50
across = 0.47
news = 0.44
promise = 0.44
big = 0.43
ad = 0.42
building = 0.42
answer = 0.36
collection = 0.36
within = 0.36
based = 0.36
pushed = 0.36
calendar = 0.31
interested = 0.31
model = 0.31
print = 0.31
bigger = 0.28
cover = 0.28
give = 0.28
read = 0.27
care = 0.19
check = 0.19
required = 0.19

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
walked = 0.86
finished = 0.81
come = 0.78
play = 0.74
hall = 0.69
morning = 0.67
photos = 0.67
old = 0.66
day = 0.63
go = 0.61
lights = 0.43
like = 0.42
hours = 0.41
back = 0.37
little = 0.35
waiting = 0.34

@category learned_professional
apply
free
link
big = 0.82
use = 0.79
test = 0.76
change = 0.70
news = 0.70
per = 0.66
cover = 0.56
across = 0.51
collection = 0.51
bigger = 0.47
give = 0.47
check = 0.46
based = 0.42
pushing = 0.42
unit = 0.42
within = 0.39
claims = 0.36
credit = 0.36
press = 0.36
ten = 0.36
ad = 0.34
answer = 0.34
building = 0.34
care = 0.34
promise = 0.33
calendar = 0.32
model = 0.32
interested = 0.28
print = 0.28
stack = 0.28
energy = 0.27
shift = 0.25
period = 0.19
record = 0.19
required = 0.19
streams = 0.19

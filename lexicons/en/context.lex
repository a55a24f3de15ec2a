# English context words: negation, boosters, diminishers, contrast, and the function
# words that tell English from Dutch (none of them common Dutch words).

@category negation
not
no
never
don't
dont
doesn't
didn't
isn't
aren't
wasn't
weren't
won't
can't
cannot
without
nothing
nobody
none
neither
nor
zero
"hardly"                # exact: the stem of "hardly" is "hard", and "hard work" or "hard hats" is no negation
no longer
not really
not at all

@category booster
very
really
so
super
extremely
"totally"
absolutely
incredibly
truly
seriously
insanely
hugely
"highly"
deeply
massively
"completely"
utterly
especially
particularly
most
mega

@category diminisher
slightly
a bit
a little
somewhat
kinda
kind of
sort of
"barely"
a tad
"partly"
"fairly"

@category contrast
but
however
although
though
yet
nevertheless
still
whereas

@category stopword
the
and
you
that
this
with
for
are
have
has
it's
i'm
my
your
our
their
they
them
he
she
his
her
him
us
what
which
who
when
where
why
how
there
here
been
being
would
could
should
will
just
about
from
into
than
then
these
those
some
any
all
every
because
while
after
before
again
also
only
very
can't
don't
didn't
isn't
it
to
on
at
be
do
does
did
so
if
or
as
by
up
out
get
got
today
tonight
tomorrow
yesterday
year
love
thanks
thank
great
good
new
first
last
time
people

# The same negations written without the apostrophe, as chat spells them.
@category negation
"isnt"
"didnt"
"doesnt"
"wasnt"
"wouldnt"
"couldnt"
"shouldnt"
"havent"

# English words of the personal, "spend time" mindset: family and children, babies,
# friends, celebrations, leisure and entertainment, food and drink, holidays, pets,
# nostalgia, boredom and the casual register of social media.

@category family
"family"                # exact, with "family's": "families" is more often "212 families
"family's"              # through the door", "support for families" (community, vocabulary.lex)
fam
familytime
family time
family day
mommy
mummy
daddy
son
daughter
kids
kiddos
my boy
my girl
my little one
little ones
our youngest
our eldest
toddler
siblings
grandchildren
grandkids
grandson
granddaughter
niece
nephew

# Grown-up relatives and partners are more often mentioned in passing ("my mum said", "my
# brother in law explained ...", "my husband thinks") than shown in a family snapshot, so
# each is half a family word: one mention alone is not a snapshot (engine/src/verdict.c
# wants a full word), two of them or one beside a child, a baby or a celebration are. They
# also count as everyday words, so the post keeps its personal weight. "bro" and "sis"
# are mostly forms of address and stay in the casual list only.
@category family
mom = 0.5
mum = 0.5
mama = 0.5
momma = 0.5
dad = 0.5
papa = 0.5
"parents" = 0.5         # exact: "as a parent", "working parent" is LinkedIn's
mother = 0.5
father = 0.5
brother = 0.5
sister = 0.5
grandma = 0.5
grandpa = 0.5
granny = 0.5
grandparents = 0.5
nana = 0.5
nan = 0.5
gran = 0.5
grandad = 0.5
granddad = 0.5
auntie = 0.5
aunt = 0.5
uncle = 0.5
cousin = 0.5
in-laws = 0.5
mother-in-law = 0.5
father-in-law = 0.5
brother-in-law = 0.5
sister-in-law = 0.5
mother in law = 0.5
father in law = 0.5
brother in law = 0.5
sister in law = 0.5
husband = 0.5
hubby = 0.5
wife = 0.5
wifey = 0.5
spouse = 0.5
fiance = 0.5
fiancee = 0.5
boyfriend = 0.5
girlfriend = 0.5

@category everyday
mom
mum
mama
momma
dad
papa
"parents"
mother
father
brother
sister
grandma
grandpa
granny
grandparents
nana
nan
gran
grandad
granddad
auntie
aunt
uncle
cousin
in-laws
mother-in-law
father-in-law
brother-in-law
sister-in-law
mother in law
father in law
brother in law
sister in law
husband
hubby
wife
wifey
spouse
fiance
fiancee
boyfriend
girlfriend

@category family
my partner and i
my partner = 0.5
anniversary = 0.5
school run
first day of school
bedtime
family dinner
sunday lunch
mother's day
father's day
motherhood
fatherhood
proud mom
proud dad
proud parents
#proudmom
#proudparent
#momlife
#dadlife
#familyfirst

@category baby
baby = 1.5
newborn = 2
new born = 2
infant
baby bump = 2
pregnant = 2
pregnancy               # also the topic of maternity policy at work
we're expecting = 2
due date
maternity leave = 0.5
parental leave = 0.5
paternity leave = 0.5
nursery
diapers
nappies
pram
stroller
crib
onesie
lullaby
breastfeeding
sleepless nights
first tooth
first words
baby shower = 2
gender reveal = 2
it's a boy = 2
it's a girl = 2
welcome to the world = 2
born = 0.5
was born = 1.5
weighing in at
ultrasound
scan photo
birth announcement = 2
# "labour" alone is as often the party or the labour market (UK posts): phrases only.
in labour
went into labour
gone into labour
labour ward
hours of labour
labor and delivery
delivery room
#babyontheway = 2
#babyboy = 2
#babygirl = 2
#newbaby = 2
#pregnancyannouncement = 2
#babyshower = 2
#momtobe = 2

@category friends
friends
bestie
bff
bffs
best friend
my girls
the boys
the gang
squad
crew
mates
buddy
pals
girls night
girls' night
guys night
boys night out
night out
hanging out
catch up with
brunch with
reunited
friendship
#squadgoals
#friendsforever
#bestfriends
#girlsnight

@category celebration
birthday
bday
b-day
happy birthday
hbd
birthday girl
birthday boy
party
celebrate
wedding
married
just married
got engaged
just got engaged
we're engaged
"engaged"
engagement party
engagement ring
bride
groom
bridesmaid
honeymoon
anniversary
cheers
toast
champagne
"bubbly"                # exact: "bubble(s)" is a market or a filter bubble
christmas
xmas
merry christmas
easter
thanksgiving
halloween
new year's eve
happy new year
nye
festive
fireworks
cake
candles
christmas presents
birthday presents
opening presents
gifts
surprise party
bachelorette
bachelor party
hen party
stag do
graduation party
house party
#partytime

@category leisure
# Netflix the company and podcast "series" and "episodes" are LinkedIn topics too: only
# the watching counts
watching netflix
on netflix
netflix and chill
tv series
binge
binge-watching
bake off
binge watching
tv show
season finale
movie
film
cinema
popcorn
game night
"gaming"
video games
playstation
xbox
nintendo
fortnite
minecraft
meme
funny video
funny
hilarious
lmfao
tiktok
reels
concert
festival
gig
live music
playlist
spotify
karaoke
dancing
music
band
album
song
football
soccer match
the game tonight
match day
world cup
premier league
super bowl
nba
formula 1
f1
saturday night
sunday funday
chill
relaxing
lazy sunday
couch = 0.5
sofa = 0.5
pyjamas
pajamas
hobby
knitting
gardening = 0.5
fishing
hiking
camping
yoga
gym = 0.5
workout
marathon
parkrun
"cycling"
selfie
photo dump
pov
#fyp
#foryou
#foryoupage
telly = 0.5
tv = 0.5
reality tv
reality show
who else is watching = 1.5
spoilers
no spoilers
plot twist
rewatch
trailer
sequel
trilogy
stand-up
comedian
joke
meme of the day
90s kids = 1.5
remember when
#nowplaying
#gamer
#netflixandchill
#weekendvibes

@category food
food = 0.5
foodie
yum
yummy
delicious
tasty
dinner = 0.5
lunch = 0.5
breakfast = 0.5
brunch
dessert
pizza
burger
pasta
sushi
tacos
bbq
barbecue
grill
steak
fries
chocolate
ice cream
cookies
pancakes
wine = 0.5
beer = 0.5
cocktail
drinks
pint
prosecco
cooking
baking
homemade
recipe
restaurant
snack = 0.5
hungry = 0.5
foodporn
nom
#instafood

@category holiday
holiday = 0.5          # also the trade's "holiday season"
vacation
vacay
trip
road trip
travel = 0.5           # also business travel and the travel industry
beach
sea
ocean = 0.5
sunset
sunshine
sunny
pool
poolside
resort
hotel
island
mountains
skiing
ski trip
snowboarding
cruise
flight
airport
jet lag
passport
backpacking
sightseeing
tourist
abroad
getaway
weekend away
staycation
summer
wanderlust
paradise
tan
suitcase
packing
out of office = 0.5
#beachlife
#travelgram

@category pets
dog = 0.5
puppy
pup
doggo
pupper
cat = 0.5
kitten
kitty
pet = 0.5
furbaby
fur baby
hamster
bunny
rabbit
parrot
horse
pony
goldfish
walkies
dog walk
vet
#dogsofinstagram
#catsofinstagram
#doglife
#catlife

@category nostalgia
throwback
throwback thursday
flashback
flashback friday
tbt
#throwbackthursday
#flashbackfriday
#fbf
remember when
remember this
good old days
back in the day
back in my day
old times
"memories"              # exact: the stem also takes "memory" (of a computer, of the mind)
memory lane
trip down memory lane
nostalgia
nostalgic
old photos
old pictures
when we were young
childhood
growing up
high school
class of
classmates
old classmates
school friends
reunion
class reunion
old friends
miss those days
those were the days
found this old

@category boredom
bored
so bored
bored af
nothing to do
killing time
procrastinating
can't sleep
cant sleep
insomnia
waiting room
stuck at home
lazy day
scrolling
doom scrolling
doomscrolling
meh
zzz
yawn
monday blues
monday again
another monday
is it friday yet
why is it only
only tuesday
only wednesday
living the dream = 0.5
long day
tired
exhausted
need coffee
need a nap
nap

@category casual
lol
lool
lmao
lmfao
rofl
haha
hahaha
hahahaha
hehe
heh
omg
omfg
oh my god
wtf
tbh
ngl
imo
imho
idk
idc
smh
fml
yolo
fomo
jk
brb
btw
irl
bae
bestie
yay
yayy
woohoo
woo
wow
whoa
ugh
argh
meh
aww
awww
xoxo
xo
luv
lovee
soooo
sooo
gonna
wanna
gotta
kinda
dunno
ya
yall
y'all
dude
bro
sis
fam
vibes
mood
literally = 0.5
obsessed
cute
adorable
sweet
blessed

# Everyday life as people post it between the big moments: home, sleep, school, weather,
# errands, feelings. Each is a weak personal signal; together they tell a status update.
@category everyday
home
at home
back home
homework
school
class
exam
"finals"
"house"                 # exact, with "houses": the stem also takes "housing" (the market)
"houses"
my room
bed
going to bed
in bed
sleep
sleepy
can't sleep
nap time
good morning
good night
goodnight
this morning = 0.5
tonight
last night
tomorrow night
sick
feeling sick
headache
flu
"doctor" = 0.5         # exact, with "doctor's": "doctors" is the profession (LinkedIn)
"doctor's" = 0.5
laundry
cleaning
chores
groceries
grocery shopping
shopping
mall
errands
traffic
bus
"car"                   # exact, with "car's": "cars" is the car industry (LinkedIn)
"car's"
weather
rain
snow
cold
freezing
hot outside
sunny day
phone = 0.5
my phone
so happy
so excited
can't wait
miss you
love you
love my
my heart
"feeling" = 0.5        # "feeling tired", but also "I feel that ..."; exact: not "feelings"
mood
what a day
long week
life is good
good day
bad day
fun
awesome
"beautiful"            # exact: not "beauty" (an industry)
amazing
pretty
favorite
favourite
park
lake
zoo
museum
disney
disneyland
downtown
stadium

# Coffee, tea and the weekend are part of every day: they lean personal but are not a
# leisure or party snapshot on their own ("so tired, need coffee" is fine on LinkedIn).
@category everyday
weekend
coffee
latte
cappuccino
tea

# Lesson cues that address parents (lexicons/en/professional.lex, lesson) keep the family
# weight of their "parent".
@category family
to every parent
to all the parents
# A parent who taught one something is the story of a lesson, not a passing mention: the
# full family weight (the lesson cue is in professional.lex too).
dad taught me
mum taught me
mom taught me
father taught me
mother taught me
parents taught me
grandma taught me
grandpa taught me
grandmother taught me
grandfather taught me
to every working parent
to every new parent

# Hashtags of personal posts written as one lowercase word: the CamelCase split cannot
# reach them, so each needs an entry of its own.
@category food

@category friends
#girlstrip

@category leisure
#movienight
#gameday
#bookstagram
#booklover
#gymlife
#fitfam
#ootd
#sundayvibes
#fridayfeeling
#datenight

@category holiday
#holidayvibes
#summervibes
#beachday
#roadtrip
#familyholiday

@category pets
#dogsoftiktok
#catsoftiktok
#petsofinstagram

@category family
#mumlife
#toddlerlife
#mumsoftiktok

@category celebration
#birthdaygirl
#birthdayboy

# Everyday phrases that hold a word of another list in its everyday sense: as phrases
# they take the match (the longest entry wins) from "woke" (politics), "training"
# (learning), "first day at" (career), "list" (learning), "help" (community) and "dog"
# (pets). "send help" is a joke about one's own small disaster, not a call for support.
@category everyday
woke up
woken up
shopping list
to-do list = 0.5
parcel
postage
leak = 0.5               # a roof, a pipe or a washing machine; "leaked memo" is confidential
leaky = 0.5
boiler
landlord

@category casual
send help

@category food
hot dog

@category friends
group chat
flatmate
housemate

@category family
potty training
first day at school
first day of big school
first day at big school
big school

# Amateur sport and the gym: a league won with friends or a personal best at the gym is a
# leisure snapshot, whatever trophy emoji comes with it.
@category leisure
league
five-a-side
5-a-side
leg day
arm day
squats
deadlifts
personal best
half marathon
unbeaten

# Things of home and pastime that were not named yet.
@category everyday
living room
roof = 0.5

@category leisure
jigsaw

@category food
biscuits

# Everyday things that hold a working word: a power cut at home ("power"), a shift at the
# food bank ("food" is a snapshot, "bank" industry), sourdough baked at home, a gamer's
# "gg", and the jokey dare "fight me".
@category everyday
food bank
power cut
power out
power outage

@category food
sourdough

@category leisure
gg

@category casual
fight me

# Fairs and their stalls are a day out ("Harvest Fair dunk tank, $2 a throw").
@category celebration
harvest fair
summer fair
school fair
county fair
christmas fair
funfair
fun fair
dunk tank

# "Kids today" are everyone's children, remembered against one's own childhood: a hint of
# nostalgia, not a family snapshot.
@category nostalgia
kids today = 0.5
kids these days = 0.5

# Illness and recovery, told by the patient or the family (third blind round: life stages
# such as illness). Phrases for "diagnosed", which a clinician also says of patients.
@category everyday
was diagnosed = 1.5
been diagnosed = 1.5
got diagnosed = 1.5
post-op = 1.5
crutches = 1.5
chemo = 1.5
chemotherapy = 1.5
radiotherapy = 1.5
in remission = 1.5
scan results
get well soon = 1.5

# Gaming and memes: a boss finally beaten, a reaction gif, the "relatable" tag.
@category leisure
boss fight
final boss
playthrough
speedrun
ps5
gif
"relatable"
#grassroots
half-time

# A baby's first steps, and the aside that a post is "not work related".
@category baby
took her first steps
took his first steps
took their first steps
first steps today

@category casual
not work related = 1.5
not work-related = 1.5
have to share

# Outrage at a public decision is an opinion, the personal side of politics.
@category casual
disgraceful
shameful
beyond a joke

# Work passion shared with friends, flagged as an aside ("sorry, work nerd moment").
@category casual
work nerd = 1.5
nerd moment = 1.5
nerding out = 1.5

# Scouting and guiding: a pastime, even when its leaders draw a work lesson from it.
@category leisure
scout leader
scouts
cub scouts
beavers and cubs

# More of the register of outrage and venting, the personal side of politics and of a
# bad day (general knowledge, not posts): each matched nothing. The research data hold
# each in under 0.05 % of posts, none on LinkedIn. Left out: "wake up" ("a wake-up call",
# LinkedIn 0.2 %), "sick of", "no wonder", "just saying" (LinkedIn as often).
@category casual
rant over
rant
read the room
unbelievable
clowns
stop pretending
you were warned
this lot
out of touch
make it make sense
fed up
fuming
outrageous
pathetic
disgusting
how dare
i'm done
ffs
vent

# The voter's contempt and the call to vote someone out (general knowledge): with
# political words, this register makes a post a citizen's rant (engine/src/score.c,
# venting_weight). No post of corpora/dev holds one; on bench/eval-real.sh, with the
# Dutch words beside them, 18.0 % of the Dutch MP tweets read personal (17.9 before).
@category casual
liars
hypocrites
vote them out
shame on them
shame on you
absolute joke

# A new parent, and the night feeds (general knowledge).
@category baby
new dad
new mum
new mom
first-time dad
first-time mum
first-time mom
#newdad
#newmum
#newmom
night feed

# Watching and streaming for fun (general knowledge). The bare "stream", "season",
# "series", "drama" and "clip" are left out: revenue streams, a webinar series, drama at
# work, a video clip of a talk.
@category leisure
twitch
streamer
funny clip
this clip
the whole season
whole series
box set

# British and Irish everyday talk (general knowledge, not posts): the research data,
# mostly American, hold none of these words on LinkedIn, so a British or Irish post of
# home life told in them had no personal weight. Left out: "queue" (a message queue),
# "grand" (a grand opening), "ace" (ace the interview), "session", "wasted", "cheeky" (a
# cheeky plug). "brew" is exact: "brewing" is an industry.
@category casual
gutted
chuffed
buzzing
lush
bloody
innit
bants
banter
bruv
craic
eejit
yous
"xx"
"xxx"

@category boredom
knackered

@category everyday
cuppa
"brew"
quid
fiver
tenner
loo
motorway
uni
gcses
gcse
childminder
jammies
pjs
gaff
mam = 0.5
me mam

@category family
bairn
wee one
mam = 0.5

@category food
brekkie
sarnie
scran

@category leisure
footie
sesh

# A household's money and a citizen's complaint, in words that held a working entry:
# "mortgage rate" (data: rate), "this government" (a voter's voice: politics and casual
# both). The research data hold none of them on LinkedIn ("the government" and "the
# economy" are LinkedIn's there, so they stay as they are).
@category everyday
mortgage rate
mortgage payments

@category casual
this government

# A citizen's rant in other words: the exasperated turns of a private voice about those in
# power ("wake up", "then they wonder why", "sorry not sorry", "vote accordingly").
@category casual
wake up people
wake up
sorry not sorry
they wonder why
and they wonder why
same old story
same playbook
every single time
vote accordingly
look them up
their names are public
what a joke
a total joke
give me strength
i despair

# The rant's call to vote is politics as well: the phrase takes "vote" as the longer match.
@category politics
vote accordingly

# Watching for fun in other words: the viewer's own turns ("rewatched it", "the final
# episode", "shouted at my tv", "what do i even watch now").
@category leisure
final episode
last episode
shouted at the tv
shouted at my tv
what do i watch now
what do i even watch now
detective show
crime drama

# Children at play and a family's small rituals: a child's age in a caption ("aged 6"),
# the tooth fairy, a paper boat on the pond.
@category family
tooth fairy = 1.5
lost her first tooth = 1.5
lost his first tooth = 1.5
aged {n} and {n} = 1.5

@category leisure
paper boat
village pond
the pond
best sunday
sunday walk

# The wider family as people name it: grandchildren and great-grandchildren, step- and
# godchildren, twins and teenagers, the eldest and the youngest.
@category family
grandchild
great-grandchild
great grandchild
great-grandson
great-granddaughter
grandbaby
stepdaughter
stepson
stepkids
stepchildren
step-daughter
step-son
godson
goddaughter
godchildren
my twins
the twins
our twins
twin boys
twin girls
my teenager
our teenager
my youngest
my eldest
my middle one
terrible twos
first-day-at-school
first-day-of-school

# A newborn's birth weight as families announce it ("7lb 2oz", "8 lb 1 oz"): pounds and
# ounces together are hardly ever anything but a new baby. The baby's first months:
# weaning, colic, a high chair.
@category baby
{n}lb {n}oz = 2
{n}lbs {n}oz = 2
{n} lb {n} oz = 2
{n} lbs {n} oz = 2
weaning
colic
high chair
car seat = 0.5

# A relative's cooking, missed or praised, is a passing mention like the relative
# (half a family word and an everyday word), not a meal shared as a snapshot.
@category family
mum's cooking = 0.5
mom's cooking = 0.5
mam's cooking = 0.5
nan's cooking = 0.5
nana's cooking = 0.5
gran's cooking = 0.5
grandma's cooking = 0.5
dad's cooking = 0.5
my mother's cooking = 0.5

@category everyday
mum's cooking
mom's cooking
mam's cooking
nan's cooking
nana's cooking
gran's cooking
grandma's cooking
dad's cooking
my mother's cooking
home cooking
home-cooked

# The pub quiz and a night out: the quiz team and its bar tab are friends at play, not a
# company team or a bar of work.
@category leisure
quiz team
quiz night
pub team
bar tab
open mic
open mic night

# Instruments played and bands rehearsed for the love of it (a few were listed already:
# guitar, piano, drums).
@category leisure
bass guitar
played bass
ukulele
violin
cello
saxophone
trumpet
trombone
clarinet
drum kit
band practice
choir practice

# Contentment with one's lot in a private voice ("strange job, wouldn't swap it",
# "wouldn't change it for the world").
@category casual
wouldn't swap it
wouldn't swap it for the world
wouldn't change it for the world
wouldn't trade it for the world
wouldn't swap them

# The street a citizen lives with: the cycle lane, the lay-by, the motorway services.
# As phrases they take "services" from the company list.
@category everyday
cycle lane
bike lane
lay-by
motorway services
at the services
at a services
park up

# More of a citizen's rant, the personal side of politics (engine/src/score.c,
# venting_weight): those in power who have never lived what they decide, the call to
# vote them all out, speaking for oneself and not for one's employer.
@category casual
voted out
should be voted out
vote the lot out
vote them all out
every one of them out
every last one of them
the lot of them
just as useless
useless lot
whoever signed that off
whoever signed this off
whoever thought that was a good idea
whoever thought this was a good idea
never done a day's work
stop clapping
clapping themselves
clapping yourselves
pat themselves on the back
speaking for myself
i'm going to say it
rant incoming

# School days and small children at home, in the words of the parents: the packed lunch
# and the uniform, the school gates, head lice, the babysitter, fish fingers for tea. The
# phrases take "packed" from a holiday's packing and "fish" from fishing.
@category everyday
packed lunch
school uniform
school gates
school pickup
school pick-up
head lice
"nits"
fish fingers
bunk beds
soft play
school trip
school play

@category family
babysitter
babysitting

# Training a pet at home: as phrases they take "training" (and "lead") from the working
# lists. A pet's goodbye: muddy paws, the rainbow bridge.
@category pets
toilet training
house training
crate training
puppy training
puppy class
lead training
recall training
muddy paws
rainbow bridge

# "kidding" shares the stem of "kid": as phrases the joke's "kidding" is the casual
# register, not a family post (general knowledge of how people say they are joking).
@category casual
just kidding
only kidding
no kidding
you're kidding
are you kidding
kidding me
kidding aside
natter
a pint and a natter
10/10 would

# Games at the table and on screen, and the creator's own channel (general knowledge of
# gaming and video posts): an evening's campaign, a new video of one's hobby.
@category leisure
board game
tabletop
dungeons and dragons
dungeon master
escape room
gameplay
let's play
new video
new vid
my channel
reacting to
farming sim = 1.5
flight sim = 1.5
racing sim = 1.5
my bike
fell off my bike

# The home and the days off (general knowledge): the bank holiday, a leak under the sink,
# a first home of one's own, and a student's revision.
@category holiday
bank holiday
bank holiday weekend

@category everyday
under the sink
vending machine
student loan
our first home
our first house
my first home
revision timetable = 2
revision notes = 2
exam revision = 2
revising for = 2

# Old friends and a toast to the absent (general knowledge of reunions).
@category celebration
raised a glass
raised one for

@category nostalgia
years ago this month
years ago this week

# A newborn's hold on the family (general knowledge of baby announcements).
@category baby
wrapped around her little finger = 1.5
wrapped around his little finger = 1.5
wrapped around her tiny finger = 1.5
wrapped around his tiny finger = 1.5
tiny fingers
tiny toes

@category food
ate my weight in

# The home router's password is no leak ("password" is confidential in content.lex).
@category everyday
wifi password
wi-fi password
router password

# Toast as breakfast (the bare "toast" stays a celebration, "a toast to the couple").
# "loaf" is left out: a bakery counts its loaves as often as a home baker does.
@category food
burnt toast
beans on toast

# Eleventh blind round: home words that matched nothing (general knowledge). A child's
# first word and the move out of the cot are baby milestones; "my little man" is a son
# (the bare "little man" stays out: "the little man" is the common people).
@category baby
#firstwords = 2
"dada"                  # exact, so "dad" and "dads" stay family words: a baby's first word
big girl bed
big boy bed
toddler bed

@category family
my little man
our little man
this little man

# Christmas dinner is the feast itself, not a meal of every day (the phrase takes
# "dinner" from the meal lists, which count half towards a snapshot).
@category celebration
christmas dinner = 2

@category food
lasagne
lasagna
halloumi
meal prep

# A lido is an open-air pool, a day out; a "market haul" is a shopping trip's spoils (the
# phrase takes "market" from the working lists); the "home network" is the router, not
# the networking of events.
@category leisure
lido
market haul
#slowliving

@category everyday
home network

# Twelfth blind round (general knowledge): the venting register of a citizen's rant, as
# "fuming" above; a new sibling announced ("big sister" is a family word where "sister"
# alone is half of one; "big brother" is left out, Orwell's and the TV show's); home
# things that hold a working word: the DIY "spirit level" (not a level of data), the
# "pack of cards" (not packing for a holiday), the "calf raises" of a workout (not a
# funding round), and beekeeping as a hobby.
@category casual
furious
livid

@category family
big sister

@category everyday
spirit level
pack of cards
calf raises             # everyday, not leisure: a home exercise is no entertainment

@category leisure
beekeeping

# Common dog breeds: a named breed is a pet (general knowledge; "greyhound" left out, a
# coach company too).
@category pets
collie
spaniel
labrador
cockapoo
dachshund
beagle

# Thirteenth blind round (general knowledge): a child named by age ("my 4 year old", "our 3 year
# old") is family; a late parent's birthday is remembered ("Mum would have been 80
# today"); "Bluey" is the cartoon of every house with small children; the crèche is
# childcare.
@category family
my {n} year old
our {n} year old
my {n}-year-old
our {n}-year-old
would have been {n} today
bluey
creche
crèche

# A first grandchild is a birth announcement.
@category baby
first grandchild = 1.5

# The away end is the visiting fans' stand at a football ground; Zelda and Elden Ring are
# video games as widely named as Minecraft.
@category leisure
away end
zelda
elden ring

@category food
lemon drizzle

# The music a caller hears on hold, and a delayed flight, are everyday moans, not music
# or a holiday (they take "music" and "flight").
@category everyday
hold music
flight delayed
delayed flight

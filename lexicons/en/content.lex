# English words for content types that decide verdicts whatever the mindset: product
# pitch, political provocation, confidential information, engagement bait and vanity.

@category pitch
buy now = 2 -> learn more
order now = 2 -> find out more
shop now = 2 -> have a look
book now
book a demo = 2
request a demo = 2
free demo
demo
free trial = 2
start your free trial = 2
try it free = 2
try it for free = 2
sign up today
sign up now
subscribe now
discount = 1.5
discount code = 2
promo code = 2
coupon
coupon code = 2
use code = 1.5
off your first = 1.5
sale = 1.5
on sale
flash sale = 2
black friday
cyber monday
limited time = 1.5
limited time offer = 2 -> available until
limited offer
special offer = 2
exclusive offer = 1.5
offer ends
deal = 0.5
best price
lowest price
for just
free shipping = 2
"shipping"
in stock
pre-order = 1.5
preorder = 1.5
now available = 1.5
available now = 1.5
launch = 0.5
product launch = 1.5
launch day = 1.5
new product
new feature
product update
"upgrade"               # exact: "finally upgraded the sofa" is a buyer, not an offer
"upgrades"
upgrade now = 2
our app
download our app = 2
download now = 2
link in bio = 2
check out our
visit our website
visit our store
our shop
webshop
dm to order = 2
dm for prices = 2
order yours
get yours
grab yours
don't miss out -> in case it helps
while stocks last = 2
money back guarantee
customers love
#promo
#shopnow
#sponsored
#newproduct

@category politics
politic*
political party
election
vote
voters
ballot
campaign trail
government
parliament
white house             # the seat of government, not a home ("house" is everyday)
congress
senate
president
prime minister
minister
democrats
republicans
left-wing
right-wing
far-right
far right
far-left
far left
liberals
conservatives
"socialism"
"socialist"
"socialists"
"communism"
"communist"
"communists"
fascism
fascist
immigration
refugees
border wall
border control          # like "gun control": the policy, not "control" at work
immigration control
abortion
pro-life
pro-choice
gun control
second amendment
climate hoax
woke
anti-woke
snowflakes
libtards
maga
brexit
tories
labour party
protest
riots
regime
propaganda
corrupt politicians
wake up people = 2
wake up sheeple = 2
sheeple
the elites
mainstream media
fake news
deep state
taxes are theft
#resist

@category confidential
confidential = 2
strictly confidential = 3
internal only = 3
for internal use only = 3
internal use only = 3
internal memo = 2
under nda = 3
nda = 1.5
not public yet = 3
not yet public = 3
not announced yet = 3
before it's announced = 3
before the official announcement = 3
can't officially say = 3
cannot officially say = 3
don't share = 2
do not share = 2
do not forward = 2
off the record = 2
between us = 2
between you and me = 2
keep this quiet = 2
hush hush = 2
leaked memo = 2
leaked email = 2
leaked document = 2
leaked deck = 2
leaked slides = 2
leaked screenshot = 2
leaked roadmap = 2
leaked figures = 2
leaked numbers = 2
leaked salary = 2
leaked internal = 2
leaked report = 2
leaked plans = 2
insider info = 3
inside information = 3
embargoed = 3
under embargo = 3
unreleased = 1.5
secret project = 2
top secret = 2
customer list = 2
client list = 2
salary data = 2
merger talks = 2
earnings before release = 3
source code = 1
password = 2
you didn't hear it from me = 3
didn't hear this from me = 3
you didn't hear this from me = 3
not supposed to say = 3
shouldn't be saying this = 3
not supposed to share this = 3
nothing official yet = 2.5
don't tell anyone = 2
keep it quiet = 2
not allowed to say = 3

@category bait
like if you agree = 2 -> what is your view?
like if = 1.5
comment yes = 2 -> share your experience
type yes = 2
type amen = 2
comment below = 0.5
tag a friend = 2 -> who else should join this conversation?
tag someone = 2
tag your = 1.5
share this = 1.5
share if you agree = 2 -> what would you add?
please share = 1.5
repost = 1.5
reshare = 1.5
follow me = 1.5
follow back = 2
follow for more = 2 -> more on this next week
"followers" = 1.5
get likes
for likes
likes and shares
more likes
go viral = 2
viral = 1
smash that like = 2
hit like = 2
double tap = 2
agree? = 1.5
who agrees = 2
who else = 1
am i right = 1
giveaway = 1.5
to win = 0.5
algorithm = 0.5
"connections" = 0.5
{n}+ connections
{n}k followers = 2
thank you for 1000 = 2
rt if = 2
retweet if = 2
share if you remember = 2
only 90s kids will = 2
follow for part {n} = 2
who remembers = 1
if you remember = 1
#like4like
#followforfollow
#f4f
#l4l

@category pitch
new version = 1.5
is now live = 1.5
now live = 1.5
is live = 1.5
try it = 1
months free = 2
{n}% off = 2
use my code = 2
with code = 1.5
my code = 1
code for = 0.5
dm me to order = 2
message me to order = 2
dm to book = 2
dm me for prices = 2
to order = 1
free delivery = 2
free local delivery = 2
gift boxes
gift cards
back in stock = 2
new collection = 1.5
summer collection = 1.5
autumn collection = 1.5
paid partnership = 2
spots left = 2
slots left = 2
bookings open = 2
now taking bookings = 2
my calendar = 1
prices start
starting at
per month
# Software and service pitches: sign-ups, waiting lists, trials and calls
early access = 1.5
join the waitlist = 2
waitlist = 1
"sign" up = 1
signing up is free = 2
sign-up is free = 2
free to sign up = 2
free to join = 1
try our new = 1.5
get the app = 1.5
free plan = 1.5
first month free = 2
new customers = 1.5
trusted by = 1
free consultation = 2
book a call = 1.5
book a slot = 1.5
grab a slot = 1.5
limited spots = 2

# Small shops and makers selling to friends: restocks, opening offers and the local-shopping
# hashtags (written as one lowercase word, so they need entries of their own).
@category pitch
restocked = 1.5
just restocked = 2
new stock = 1.5
link in comments = 1.5
link in the comments = 1.5
etsy shop = 1.5
grand opening = 1.5
now open = 1
customers get = 1.5
get a free = 1
#shoplocal
#shopsmall
#supportlocal
#supportsmallbusiness
#smallbusinesssaturday
#etsyshop
#handmadeforsale

# Lead magnets: a free download in exchange for a comment, a sign-up or an email address.
@category pitch
free checklist = 1.5
free guide = 1.5
free ebook = 1.5
free e-book = 1.5
free download = 1.5
free masterclass = 1.5
free workbook = 1.5
book before = 1.5
dm me for = 1

@category bait
i'll send you = 1

# Prices as an offer: "pricing" on its own (stem "price", so also "price" and "prices") is
# as often the topic of an insight post ("what ten years taught me about pricing", "how do
# you handle pricing") as an offer, so it is a weak industry word (vocabulary.lex) and only
# these phrases make a pitch. "shipped" on its own is a parcel sent or a side project
# released; only shipping terms of a shop make a pitch.
@category pitch
our pricing
new pricing
prices from
price list
launch price
introductory price
early bird price
special price
half price
ships worldwide = 1.5
we ship worldwide = 1.5
ships within = 1.5
ready to ship = 1.5
starter plan
pro plan
premium plan
paid plan

# Strikes are a political act ("on strike", "#NursesStrike" splits into "nurses strike");
# "strike" alone is also bowling, lightning and "a striking example".
@category politics
on strike
strike action
general strike
picket line
industrial action
nurses strike
teachers strike

# A poll is a question to the audience, not an election: these phrases take "vote".
@category bait
quick poll
would you rather

# Gossip about a patient, client or customer that the poster saw at work: naming no name
# is the tell ("not saying his name but ...", "can't say more 🤐").
@category confidential
not saying his name = 2.5
not saying her name = 2.5
not saying who = 2.5
not naming names = 2.5
won't name names = 2.5
can't say more = 2.5
cannot say more = 2.5
can't say any more = 2.5
can't say who = 2.5
my lips are sealed = 2

# Politics as a call to act or a public institution, not as a word of the office.
@category politics
write to your mp = 2
write to your td = 2
write to your councillor = 2
write to your senator = 2
write to your congressman = 2
email your mp = 2
contact your mp = 2
call your senator = 2
call your representative = 2
"mps"
councillor
press freedom = 1.5
freedom of the press = 1.5

# A walk-in trade's offer (tattooists, barbers, market stalls).
@category pitch
walk-ins welcome = 1.5
walk-ins only = 1.5
first come first served = 1.5
flash day = 1.5

@category bait
tag a mate = 2
tag the mate = 2
tag the friend = 2

# Inside information passed on with a wink (third blind round): the source hinted at, the
# post admitted to be premature.
@category confidential
didn't hear it from me = 3
did not hear it from me = 3
you didn't hear it here = 3
didn't hear it here = 3
not meant to post this = 3
not meant to share this = 3
shouldn't be posting this = 3
probably shouldn't post this = 3
not official yet = 2
before the market knows = 2
hearing from inside = 2
can't say where = 2.5
a little bird tells me = 1.5

# A cleaner's, tutor's or trader's free slots and terms, the pitch of a one-person service.
@category pitch
slots free = 2
slots available = 2
spaces available = 1.5
fully insured = 1.5
message me to book = 2
pm me to book = 2
per hour = 0.5

@category bait
comment your = 1.5
your birth month = 2
elf name = 1

# Politics by its institutions and protest tags (UK ministries, "#standwith...").
@category politics
westminster
whitehall
defra
public consultation
standwith*

@category confidential
can't say much but = 2
what the street expects = 2

# General words of the pitch, of politics and of passing an exam that had no entry,
# chosen by hand from general knowledge: an early-bird rate and an open diary are
# offers; a petition, a referendum, a bill and the wings of politics are political;
# "bar exam" read as a bar (everyday) and an exam (everyday). The bare "early bird"
# stays everyday ("I'm an early bird"), the bare "packages" is left out (parcels).
@category pitch
early-bird
early bird rate
early bird offer
early bird discount
early bird tickets
spaces left
dates left
taking bookings
now booking
enquiries = 0.5
inquiries = 0.5

@category politics
petition
sign the petition = 2
referendum
legislation
left wing
right wing
climate bill
labour government
labour voters
vote labour

@category achievement
bar exam
passed the bar
called to the bar
qualified as

# Inside information in other words than "confidential" (general knowledge): pay data
# found or passed on, papers from a shared drive, and the leaker's own warnings.
@category confidential
salary overview = 2
salary spreadsheet = 2
everyone's salaries = 2
on the shared drive = 2
before legal = 2
screenshots available = 2

@category politics
this government = 1.5
rent cap

# Gossip about a client, patient or customer: the poster hints who it is without a name
# ("won't name him but you'd know him"), or teases what they could tell.
@category confidential
won't name him = 2.5
won't name her = 2.5
won't name them = 2.5
won't say who = 2.5
not saying who it was = 2.5
you'd know him = 2
you'd know her = 2
you'd know the name = 2
the stuff i could tell you = 2
the things i could tell you = 2
the stories i could tell = 2
if only i could tell you = 2

# An app or a small product sold by its maker: the price model says it is an offer.
@category pitch
my app = 1.5
no subscription = 2
one-off payment = 2
one-time purchase = 2
free to download = 2
on the app store = 2
on google play = 2
indie dev
indie developer

# A document seen where it should not have been: a tender, a draft, a colleague's desk.
@category confidential
draft tender = 2
the draft tender = 2
on a colleague's desk = 2
on my colleague's desk = 2
saw the draft = 1.5
price accordingly = 2
bidders = 1

# Local politics in a resident's voice: the council and its councillors.
@category politics
the council = 0.5
from the council = 0.5
council tax

# A broker's or trader's offer to beat what the reader pays now: quotes, renewals and
# reviews without obligation. The bare "quote" stays out (a builder's quote for the roof).
@category pitch
no obligation = 2
no-obligation = 2
free quote = 2
get a quote = 1.5
beat your quote = 2
beat your renewal = 2
send me your renewal = 2
send me your quote = 2
free review = 1.5
free valuation = 2
free estimate = 2

# A leak told in passing: the news not to be said yet, and the tip that the market will
# move on it.
@category confidential
can't say much yet = 2.5
cannot say much yet = 2.5
can't say too much yet = 2.5
not meant to say = 3
not supposed to say yet = 3
not allowed to say yet = 3
watch the share price = 2
watch the stock price = 2
keep an eye on the share price = 2

# Calls for a reaction in other words: an emoji dropped below ("drop a 🔥 if you agree":
# on social media "drop a" is nearly always that call), a named kind of person tagged,
# a follower count to reach.
@category bait
"drop" a = 1
drop an emoji = 2
"tag" an = 1.5
who needs to see this = 2
who needs to hear this = 2
"help" me hit = 2
"help" me reach = 2
"help" me get to = 1.5
"follow" and "share" = 2
like and follow = 2
follow + share = 2
to {n}k followers = 2

# A course, class or service sold by its maker: places to book, a first session free, an
# introductory offer, orders taken for the season.
@category pitch
book your slot = 2
book your place = 1.5
limited places = 1.5
places left = 1.5
link to book = 2
first session free = 2
first class free = 2
introductory offer = 2
new client offer = 2
new customer offer = 2
refer a friend = 1.5
vouchers available = 1.5
taking orders = 1.5
now taking orders = 2
christmas orders = 1
dm for details = 1.5
pm for details = 1.5
message for details = 1.5
call now = 1.5

# More of the leak's own words: names not named, the grapevine, news before it goes public.
@category confidential
can't name names = 2.5
cannot name names = 2.5
between ourselves = 2
keep this to yourself = 2
keep this to yourselves = 2
before it goes public = 3

# A one-person service or class sold to friends, in other words than above (general
# knowledge of how sole traders announce places): booking by message, places going fast,
# a plug, stock sold off as ex-rental or ex-display, a class for beginners. Left out: "not
# selling anything", which comes before an offer as often as before a shared template.
@category pitch
dm me to book = 2
dm to book in = 2
text me to book = 2
email me to book = 2
message to book = 2
spaces gone = 1.5
places gone = 1.5
spots gone = 1.5
slots gone = 1.5
shameless plug = 2
quick plug = 1.5
delivered free = 1.5
free delivery within = 2
ex-rental = 1.5
ex-display = 1.5
ex-demo = 1.5
beginners class = 1
beginners' class = 1
beginners course = 1
beginners' course = 1

# A leak in more of the leaker's words (general knowledge): the plea not to repeat it, the
# news the poster should not even know, posting before the press release or before staff
# are told, the client not named.
@category confidential
don't repeat this = 2
please don't repeat = 2
do not repeat this = 2
not supposed to know = 3
not meant to know = 3
not allowed to post = 3
not allowed to share = 3
not allowed to post this = 3
until the press release = 2
before the press release = 2
before management = 1.5
before staff are told = 2.5
before the staff are told = 2.5
can't name the client = 2.5
cannot name the client = 2.5
can't name the company = 2.5
can't name the brand = 2.5
can't name them = 2
can't name them yet = 2.5

# The networker's bait: an answer typed below in return for a connection.
@category bait
connect with everyone = 2
i'll connect with = 1.5

# Public ownership as a political question (general knowledge of UK politics): utilities
# sold off or taken back. As phrases they take "companies" from the working lists; exact
# words, since the stem of "privatization" is that of "private".
@category politics
"privatisation"
"privatization"
"privatised"
"privatized"
"nationalisation"
"nationalization"
"renationalise"
"renationalize"
public ownership
water companies
energy companies

# Tenth blind round: a leak with its release date ("not public till after the playoffs"),
# the same as "not public yet" above.
@category confidential
not public till = 3
not public until = 3
isn't public yet = 3
# A famous client or patient kept anonymous, as "not naming names" above.
can't say the name = 2

# "I'm not political but ..." is the classic opening of a political opinion, not a
# denial of one: the phrase takes "not" before the negation rule sees it.
@category politics
not political but

# Eleventh blind round: a home baker's or maker's season of orders, as "taking orders"
# above ("Easter cake orders open now").
@category pitch
orders open = 2
orders now open = 2
orders are open = 2
easter orders = 1

# A leak in more of the leaker's words: the news not announced, the film shoot not named,
# the throwaway account of a whistle-blower on a forum.
@category confidential
not been announced = 3
hasn't been announced = 3
can't name the show = 2.5
can't name the film = 2.5
throwaway for obvious reasons = 2

# Twelfth blind round: a free webinar is a lead magnet as a free masterclass is (above);
# a client or firm left unnamed is the gossip's tell, as "can't name the client".
@category pitch
free webinar = 1.5
seats left = 1.5

@category confidential
not naming the client = 2.5
not naming the company = 2.5
not naming the firm = 2.5

# Bait that counts its own reach and dares the reader ("let's see how many shares we can
# get", "I bet most of you won't share this").
@category bait
how many shares = 2
bet most of you won't = 2

# Thirteenth blind round. "Keep it under your hat" asks the reader to keep a secret; an
# announcement still to come to staff is news the poster should not share yet.
@category confidential
under your hat = 2
announcement to staff = 1.5
# A team named for its trade is a team, not a pitch: "sales team" takes "sales" (a
# night out with the sales team sells nothing).
@category company
sales team
# A pin dropped on a map is no call for a reaction: it takes "drop a" from bait. A deal
# made with one's own ("a deal with my 4yo", "deal with my anxiety") sells nothing: it
# takes "deal" from pitch.
@category everyday
drop a pin = 0.5
deal with my = 0.5
# A poll on a professional page: the call to vote below, not an election (takes "vote").
@category bait
kindly vote = 1.5
to {n} votes = 1.5
@category conversation
#poll

# Thirteenth blind round: a home baker's terms of sale, beside "free local delivery" and
# "dm to order": delivery for a fee nearby, the apology for selling on a personal page.
@category pitch
local delivery = 1.5
spamming my own page = 1.5
order by = 0.5           # "order by Wednesday"; mild, since "in order by date" is no sale

# Thirteenth blind round: the citizen's classic charge against a government or council
# ("voted themselves a pay rise"): politics, and it takes "pay rise" from career.
@category politics
voted themselves a pay rise = 2
voted themselves = 1.5

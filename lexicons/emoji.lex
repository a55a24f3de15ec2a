# Emoji and emoticons, for every language (not stemmed). Variation selectors are
# ignored when matching, so ❤️ and ❤ are one entry.

@category casual
😂
🤣
😭
😍
🥰
😘
😜
😝
😎
🙈
🙃
😅
😆
😁
😊
🤪
🤩
😏
😬
🤷
🤦
💀
👀
✨
💕
💖
💗
💓
💞
❤
🧡
💛
💚
💙
💜
🖤
🤍
😇
🥺
😋
😴
👌
🙌
🤗
🤭
💁
🔥 = 0.5
# Anger is the register of a rant, as "furious" and "fuming" are: said of politics it makes
# the post a citizen venting (categories.def, politics).
😡
🤬
😠
😤
# A party popper cheers a new job or a launch as often as a party: it sets a personal
# tone but is no party snapshot on its own.
🎉
xD
:-)
:-D
;-)
:)
:(
:-(
:'(
:')
:D
:P
=)
=D
=(
=]
=[
:]
:[
:-]
:-[
:-P
;)
;P
;D
:O
:-O
:/
:-/
:|
:3
^^
^_^
<3
</3

@category celebration
🥳 = 1.5
🎂 = 2
🎁
🎈
🎊
🍾
🥂
🎆
🎇
💍 = 1.5
👰
🤵
💒
🎄
🎅
🎃

@category baby
👶 = 2
🍼 = 2
🤰 = 2
🤱 = 2
🧸
👣
🚼

@category family
👨‍👩‍👧
👨‍👩‍👦
👨‍👩‍👧‍👦
👪
👨‍👧
👩‍👧
👩‍👦
👨‍👦

@category food
🍕
🍔
🍟
🌮
🍣
🍝
🍰
🧁
🍩
🍪
🍫
🍦
🍷
🍺
🍻
🍹
🍸
🥐
🥗
🍽
🍗
🍖
🥩
🥓
🍳
🥞
🥘
🍲
🍜
🍛
🍤
🍱
🥪
🌭
🍴

@category holiday
🏖 = 1.5
🏝 = 1.5
✈ = 1.5
🌴
☀
🌞
🌊
⛱
🏔
⛷
🧳
🗺
🌅
⛰
🗻
🏕
⛺
🏞
🌄
🏜
🥾

@category pets
🐶 = 1.5
🐕
🐱 = 1.5
🐈
🐾
🐰
🐹
🐴

@category leisure
🎮
🎬
🍿
📺
🎵
🎶
🎧
🎤 = 0.5
⚽
🏀
🏈
🎾
🏋
🚴
🏃
🧘
📸
🎣
🏄
🏊
⛳
🚣
🛶
🧗
🏂
🎿
🚵
🤿

@category nostalgia
⏳
📼
📷
🕰

@category boredom
🥱 = 1.5
😴
🙄
😑
😐

# Trophies and medals crown a league won, a race run or a pub quiz as often as an award at
# work, so they are weak; the flexed arm is the gym and "stay strong" more than the job, so
# it is no achievement at all. The words around them tell which it is.
@category achievement
🏆 = 0.5
🥇 = 0.5
🏅 = 0.5
🎓 = 1.5
🎖

@category data
📈 = 1.5
📊 = 1.5
📉 = 1.5

@category career
💼 = 1.5
👔

@category learning
📚 = 1.5
💡 = 1.5
🧠
📝
📖

@category events
📅
🗓
🎙

@category company
🏢
🤝

@category pitch
🛒 = 1.5
💰
💸
🏷 = 1.5
🛍 = 1.5
💳

@category bait
👇 = 0.5
👉 = 0.5
🔔

@category politics
🗳 = 1.5


# Coffee and tea are part of every day: they lean personal but are no party or leisure
# snapshot on their own.
@category everyday
☕
🍵

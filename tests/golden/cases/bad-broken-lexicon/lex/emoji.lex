# Minimal emoji list for the unit tests.
@category baby
👶
@category celebration
🎉
@category casual
😂

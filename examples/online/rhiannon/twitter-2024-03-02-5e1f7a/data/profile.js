window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Hills, rain and a good flask. Views my own.",
        "website" : "https://t.co/Qm3xT8vLpA",
        "location" : "Somewhere wet"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1432771950662615040/Xw2k9fQa.jpg"
    }
  }
]
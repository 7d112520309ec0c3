window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Hills, books, bread.",
        "website" : "",
        "location" : ""
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1250001066406425727/aiHYGqAp.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1248913682338896401/1590055252"
    }
  }
]
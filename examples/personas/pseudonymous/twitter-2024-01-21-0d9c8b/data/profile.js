window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Walking the Wales Coast Path one stretch at a time 🥾 Also @quietcoastwalker@social.example",
        "website" : "https://t.co/ZmjuPprBU6",
        "location" : "Wales"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1103384829031337233/Lz7GjWAN.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1102297591143635138/1555099217"
    }
  }
]
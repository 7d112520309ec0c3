window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Polisi, llyfrau a choffi ☕ Policy, books and coffee. Caerdydd. Barn fy hun / views my own.",
        "website" : "",
        "location" : "Caerdydd / Cardiff"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/830521978701993051/1Z94Ncmy.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/829434629742368703/1490043644"
    }
  }
]
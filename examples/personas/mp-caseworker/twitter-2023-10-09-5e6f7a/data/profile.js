window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Mum of two, Bristol City, slow runner. Helping people untangle things 9-5 👩‍💼",
        "website" : "",
        "location" : "Bristol"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/955892907282576007/AEtwJhfZ.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/954805730615895434/1519934403"
    }
  }
]
window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Dad, rugby, coffee. Views my own 🖤💙🖤",
        "website" : "",
        "location" : "Cardiff"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/743898784149930776/lnTa805R.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/742811600480526896/1469391065"
    }
  }
]
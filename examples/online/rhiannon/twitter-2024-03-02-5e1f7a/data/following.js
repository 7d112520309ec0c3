window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1190288547113250817",
      "userLink" : "https://twitter.com/intent/user?user_id=1190288547113250817"
    }
  },
  {
    "following" : {
      "accountId" : "843129960355004416",
      "userLink" : "https://twitter.com/intent/user?user_id=843129960355004416"
    }
  },
  {
    "following" : {
      "accountId" : "1501983200667533313",
      "userLink" : "https://twitter.com/intent/user?user_id=1501983200667533313"
    }
  }
]
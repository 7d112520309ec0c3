window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1091667547123608301",
      "userLink" : "https://twitter.com/intent/user?user_id=1091667547123608301"
    }
  },
  {
    "follower" : {
      "accountId" : "1255233918130924915",
      "userLink" : "https://twitter.com/intent/user?user_id=1255233918130924915"
    }
  },
  {
    "follower" : {
      "accountId" : "1461288276937858717",
      "userLink" : "https://twitter.com/intent/user?user_id=1461288276937858717"
    }
  },
  {
    "follower" : {
      "accountId" : "1026504376934946100",
      "userLink" : "https://twitter.com/intent/user?user_id=1026504376934946100"
    }
  },
  {
    "follower" : {
      "accountId" : "880640675878823705",
      "userLink" : "https://twitter.com/intent/user?user_id=880640675878823705"
    }
  }
]
window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1091667547123608301",
      "userLink" : "https://twitter.com/intent/user?user_id=1091667547123608301"
    }
  },
  {
    "following" : {
      "accountId" : "1199950136173199121",
      "userLink" : "https://twitter.com/intent/user?user_id=1199950136173199121"
    }
  },
  {
    "following" : {
      "accountId" : "951029482498029176",
      "userLink" : "https://twitter.com/intent/user?user_id=951029482498029176"
    }
  },
  {
    "following" : {
      "accountId" : "1000552660457846561",
      "userLink" : "https://twitter.com/intent/user?user_id=1000552660457846561"
    }
  },
  {
    "following" : {
      "accountId" : "422546053941526944",
      "userLink" : "https://twitter.com/intent/user?user_id=422546053941526944"
    }
  },
  {
    "following" : {
      "accountId" : "502491688436664627",
      "userLink" : "https://twitter.com/intent/user?user_id=502491688436664627"
    }
  },
  {
    "following" : {
      "accountId" : "857443839045195654",
      "userLink" : "https://twitter.com/intent/user?user_id=857443839045195654"
    }
  },
  {
    "following" : {
      "accountId" : "1297757721575428040",
      "userLink" : "https://twitter.com/intent/user?user_id=1297757721575428040"
    }
  }
]
window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1410280708490937417",
      "userLink" : "https://twitter.com/intent/user?user_id=1410280708490937417"
    }
  },
  {
    "follower" : {
      "accountId" : "1521214096331444310",
      "userLink" : "https://twitter.com/intent/user?user_id=1521214096331444310"
    }
  },
  {
    "follower" : {
      "accountId" : "1355539343847155780",
      "userLink" : "https://twitter.com/intent/user?user_id=1355539343847155780"
    }
  },
  {
    "follower" : {
      "accountId" : "1260965806651020236",
      "userLink" : "https://twitter.com/intent/user?user_id=1260965806651020236"
    }
  }
]
window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1373180342628826682",
      "userLink" : "https://twitter.com/intent/user?user_id=1373180342628826682"
    }
  },
  {
    "follower" : {
      "accountId" : "1589645259462768577",
      "userLink" : "https://twitter.com/intent/user?user_id=1589645259462768577"
    }
  },
  {
    "follower" : {
      "accountId" : "1229549446874617631",
      "userLink" : "https://twitter.com/intent/user?user_id=1229549446874617631"
    }
  },
  {
    "follower" : {
      "accountId" : "1418366468311333427",
      "userLink" : "https://twitter.com/intent/user?user_id=1418366468311333427"
    }
  },
  {
    "follower" : {
      "accountId" : "1310585196096752733",
      "userLink" : "https://twitter.com/intent/user?user_id=1310585196096752733"
    }
  },
  {
    "follower" : {
      "accountId" : "969505225813612143",
      "userLink" : "https://twitter.com/intent/user?user_id=969505225813612143"
    }
  }
]
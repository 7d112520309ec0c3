window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "595558560897202807",
      "userLink" : "https://twitter.com/intent/user?user_id=595558560897202807"
    }
  },
  {
    "follower" : {
      "accountId" : "1150001976587894322",
      "userLink" : "https://twitter.com/intent/user?user_id=1150001976587894322"
    }
  },
  {
    "follower" : {
      "accountId" : "1378317435794189548",
      "userLink" : "https://twitter.com/intent/user?user_id=1378317435794189548"
    }
  },
  {
    "follower" : {
      "accountId" : "1179254864047929927",
      "userLink" : "https://twitter.com/intent/user?user_id=1179254864047929927"
    }
  },
  {
    "follower" : {
      "accountId" : "1001075637464727456",
      "userLink" : "https://twitter.com/intent/user?user_id=1001075637464727456"
    }
  },
  {
    "follower" : {
      "accountId" : "602196641882885845",
      "userLink" : "https://twitter.com/intent/user?user_id=602196641882885845"
    }
  }
]
window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1190000000000000303",
      "userLink" : "https://twitter.com/intent/user?user_id=1190000000000000303"
    }
  },
  {
    "following" : {
      "accountId" : "595558560897202807",
      "userLink" : "https://twitter.com/intent/user?user_id=595558560897202807"
    }
  },
  {
    "following" : {
      "accountId" : "415084159788772643",
      "userLink" : "https://twitter.com/intent/user?user_id=415084159788772643"
    }
  },
  {
    "following" : {
      "accountId" : "268914674249616787",
      "userLink" : "https://twitter.com/intent/user?user_id=268914674249616787"
    }
  },
  {
    "following" : {
      "accountId" : "421215962920819060",
      "userLink" : "https://twitter.com/intent/user?user_id=421215962920819060"
    }
  },
  {
    "following" : {
      "accountId" : "1521810174613224214",
      "userLink" : "https://twitter.com/intent/user?user_id=1521810174613224214"
    }
  },
  {
    "following" : {
      "accountId" : "697841524767086666",
      "userLink" : "https://twitter.com/intent/user?user_id=697841524767086666"
    }
  },
  {
    "following" : {
      "accountId" : "297071456949195234",
      "userLink" : "https://twitter.com/intent/user?user_id=297071456949195234"
    }
  }
]
window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1190000000000000101",
      "userLink" : "https://twitter.com/intent/user?user_id=1190000000000000101"
    }
  },
  {
    "following" : {
      "accountId" : "1190000000000000202",
      "userLink" : "https://twitter.com/intent/user?user_id=1190000000000000202"
    }
  },
  {
    "following" : {
      "accountId" : "980776863539032372",
      "userLink" : "https://twitter.com/intent/user?user_id=980776863539032372"
    }
  },
  {
    "following" : {
      "accountId" : "774215778098153984",
      "userLink" : "https://twitter.com/intent/user?user_id=774215778098153984"
    }
  },
  {
    "following" : {
      "accountId" : "266527322967856836",
      "userLink" : "https://twitter.com/intent/user?user_id=266527322967856836"
    }
  },
  {
    "following" : {
      "accountId" : "779620452949626126",
      "userLink" : "https://twitter.com/intent/user?user_id=779620452949626126"
    }
  },
  {
    "following" : {
      "accountId" : "1373944759000616951",
      "userLink" : "https://twitter.com/intent/user?user_id=1373944759000616951"
    }
  },
  {
    "following" : {
      "accountId" : "722612239952367096",
      "userLink" : "https://twitter.com/intent/user?user_id=722612239952367096"
    }
  },
  {
    "following" : {
      "accountId" : "1262231189063837417",
      "userLink" : "https://twitter.com/intent/user?user_id=1262231189063837417"
    }
  },
  {
    "following" : {
      "accountId" : "1477344522661959869",
      "userLink" : "https://twitter.com/intent/user?user_id=1477344522661959869"
    }
  }
]
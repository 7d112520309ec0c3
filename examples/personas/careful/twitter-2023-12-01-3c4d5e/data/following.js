window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1197250464694534177",
      "userLink" : "https://twitter.com/intent/user?user_id=1197250464694534177"
    }
  },
  {
    "following" : {
      "accountId" : "249489530971314886",
      "userLink" : "https://twitter.com/intent/user?user_id=249489530971314886"
    }
  },
  {
    "following" : {
      "accountId" : "510041509448960162",
      "userLink" : "https://twitter.com/intent/user?user_id=510041509448960162"
    }
  },
  {
    "following" : {
      "accountId" : "984439051425567068",
      "userLink" : "https://twitter.com/intent/user?user_id=984439051425567068"
    }
  },
  {
    "following" : {
      "accountId" : "317255267496538400",
      "userLink" : "https://twitter.com/intent/user?user_id=317255267496538400"
    }
  },
  {
    "following" : {
      "accountId" : "1486883998374455112",
      "userLink" : "https://twitter.com/intent/user?user_id=1486883998374455112"
    }
  },
  {
    "following" : {
      "accountId" : "634893414101869543",
      "userLink" : "https://twitter.com/intent/user?user_id=634893414101869543"
    }
  }
]
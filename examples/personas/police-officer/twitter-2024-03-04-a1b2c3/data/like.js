window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1759910773290713641",
      "fullText" : "Reminder to all South Wales Police Federation members: branch council meeting Thursday 7pm. Reps will be there to answer questions.",
      "expandedUrl" : "https://twitter.com/i/web/status/1759910773290713641"
    }
  },
  {
    "like" : {
      "tweetId" : "1752300629819660038",
      "fullText" : "Six Nations fixtures are out! Who's going to Cardiff? 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏉",
      "expandedUrl" : "https://twitter.com/i/web/status/1752300629819660038"
    }
  },
  {
    "like" : {
      "tweetId" : "1739254666219283406",
      "fullText" : "Massive thanks to every officer, dispatcher and staff member working today 🖤💙🖤 #thinblueline",
      "expandedUrl" : "https://twitter.com/i/web/status/1739254666219283406"
    }
  },
  {
    "like" : {
      "tweetId" : "1725846312790854624",
      "fullText" : "Best flat white in Cardiff? Go.",
      "expandedUrl" : "https://twitter.com/i/web/status/1725846312790854624"
    }
  },
  {
    "like" : {
      "tweetId" : "1708814084128984846",
      "fullText" : "Police constable degree apprenticeship, 2019 intake reunion: who's in? 🍻",
      "expandedUrl" : "https://twitter.com/i/web/status/1708814084128984846"
    }
  },
  {
    "like" : {
      "tweetId" : "1696855286033820684",
      "fullText" : "Dog owners of Cardiff: the new off-lead field in Bute Park is open 🐕",
      "expandedUrl" : "https://twitter.com/i/web/status/1696855286033820684"
    }
  },
  {
    "like" : {
      "tweetId" : "1664240377378833851",
      "expandedUrl" : "https://twitter.com/i/web/status/1664240377378833851"
    }
  },
  {
    "like" : {
      "tweetId" : "1649744863169949812",
      "fullText" : "Anyone else's toddler obsessed with bin lorries or is it just mine",
      "expandedUrl" : "https://twitter.com/i/web/status/1649744863169949812"
    }
  },
  {
    "like" : {
      "tweetId" : "1627276813204498838",
      "fullText" : "Proud to be part of the Police Federation. Every member deserves support when things go wrong.",
      "expandedUrl" : "https://twitter.com/i/web/status/1627276813204498838"
    }
  },
  {
    "like" : {
      "tweetId" : "1596473844535575610",
      "fullText" : "Rugby club quiz night raised £400 for the junior kit fund 🏉",
      "expandedUrl" : "https://twitter.com/i/web/status/1596473844535575610"
    }
  }
]
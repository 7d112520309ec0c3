window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1697580060530396698",
      "fullText" : "Dyfed-Powys Police are recruiting police staff investigators. Closing date Friday.",
      "expandedUrl" : "https://twitter.com/i/web/status/1697580060530396698"
    }
  },
  {
    "like" : {
      "tweetId" : "1670400969351763482",
      "fullText" : "Amroth to Tenby is the hardest stretch of the whole coast path, change my mind",
      "expandedUrl" : "https://twitter.com/i/web/status/1670400969351763482"
    }
  },
  {
    "like" : {
      "tweetId" : "1642497103518218966",
      "fullText" : "Red kite numbers in Carmarthenshire are up again 🪶",
      "expandedUrl" : "https://twitter.com/i/web/status/1642497103518218966"
    }
  }
]
window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1526895376089263492",
      "fullText" : "Swyddi newydd yn Llywodraeth Cymru – ymgeisiwch erbyn dydd Gwener",
      "expandedUrl" : "https://twitter.com/i/web/status/1526895376089263492"
    }
  },
  {
    "like" : {
      "tweetId" : "1510225534237862653",
      "fullText" : "Bute Park in spring is unbeatable 🌸",
      "expandedUrl" : "https://twitter.com/i/web/status/1510225534237862653"
    }
  },
  {
    "like" : {
      "tweetId" : "1498629121301992673",
      "fullText" : "Dydd Gŵyl Dewi Hapus! 🌼🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "expandedUrl" : "https://twitter.com/i/web/status/1498629121301992673"
    }
  },
  {
    "like" : {
      "tweetId" : "1486307934534339328",
      "fullText" : "Thanks to everyone who came to #OneTeamGov Wales last night!",
      "expandedUrl" : "https://twitter.com/i/web/status/1486307934534339328"
    }
  },
  {
    "like" : {
      "tweetId" : "1460940784971613362",
      "fullText" : "CYMRU! What a result ⚽",
      "expandedUrl" : "https://twitter.com/i/web/status/1460940784971613362"
    }
  },
  {
    "like" : {
      "tweetId" : "1444633328164328857",
      "fullText" : "Reading recommendations for a wet weekend? 📚",
      "expandedUrl" : "https://twitter.com/i/web/status/1444633328164328857"
    }
  }
]
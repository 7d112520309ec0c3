window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "829434629742368703",
    "userName" : "elin_rhys_",
    "displayName" : "Elin Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿"
  },
  "archiveInfo" : {
    "sizeBytes" : "20035",
    "generationDate" : "2022-05-20T18:04:51.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "accountSuspension" : {
      "files" : [ {
        "fileName" : "data/account-suspension.js",
        "globalName" : "YTD.account_suspension.part0",
        "count" : "0"
      } ]
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "6"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "8"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "6"
      } ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [ {
        "fileName" : "data/tweet.js",
        "globalName" : "YTD.tweet.part0",
        "count" : "19"
      } ]
    }
  }
}
window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1102297591143635138",
    "userName" : "quietcoastwalker",
    "displayName" : "Coast Walker 🌊"
  },
  "archiveInfo" : {
    "sizeBytes" : "19554",
    "generationDate" : "2024-01-21T10:15:00.000Z",
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
        "count" : "3"
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
    "screenNameChange" : {
      "files" : [ {
        "fileName" : "data/screen-name-change.js",
        "globalName" : "YTD.screen_name_change.part0",
        "count" : "1"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "15"
      } ]
    }
  }
}
window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "742811600480526896",
    "userName" : "daf_morrow88",
    "displayName" : "Daf Morrow"
  },
  "archiveInfo" : {
    "sizeBytes" : "43175",
    "generationDate" : "2024-03-04T09:30:12.000Z",
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
        "count" : "7"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "10"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "10"
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
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "30"
      } ]
    }
  }
}
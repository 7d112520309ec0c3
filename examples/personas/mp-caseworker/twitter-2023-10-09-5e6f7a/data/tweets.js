window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707472746144980218"
          ],
          "editableUntil" : "2023-09-28T19:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "8",
      "id_str" : "1707472746144980218",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1707472746144980218",
      "created_at" : "Thu Sep 28 19:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Dentist, then GP, then parents' evening. The glamour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699447365944320790"
          ],
          "editableUntil" : "2023-09-06T16:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/meg_aldridge/status/1699447365944320790/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/lwvqfuh6In",
            "media_url" : "http://pbs.twimg.com/media/SA1trr6BFrapoTe.jpg",
            "id_str" : "1699447197227138069",
            "id" : "1699447197227138069",
            "media_url_https" : "https://pbs.twimg.com/media/SA1trr6BFrapoTe.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/lwvqfuh6In"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "11",
      "id_str" : "1699447365944320790",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1699447365944320790",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 06 15:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosie's first day in Year 2 at St Anne's Primary 🎒 where did the summer go https://t.co/lwvqfuh6In",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/meg_aldridge/status/1699447365944320790/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/lwvqfuh6In",
            "media_url" : "http://pbs.twimg.com/media/SA1trr6BFrapoTe.jpg",
            "id_str" : "1699447197227138069",
            "id" : "1699447197227138069",
            "media_url_https" : "https://pbs.twimg.com/media/SA1trr6BFrapoTe.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/lwvqfuh6In"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698974247418016933"
          ],
          "editableUntil" : "2023-09-05T08:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "9",
      "id_str" : "1698974247418016933",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1698974247418016933",
      "created_at" : "Tue Sep 05 08:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Parliamentary assistant by day, taxi driver for two under-10s by evening 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684623435776752801"
          ],
          "editableUntil" : "2023-07-27T18:25:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "10",
      "id_str" : "1684623435776752801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1684623435776752801",
      "created_at" : "Thu Jul 27 17:55:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Recess means catching up on casework, not a holiday! 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682007446676619371"
          ],
          "editableUntil" : "2023-07-20T13:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jo P",
            "screen_name" : "jo_caseworks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1091667547123608301",
            "id" : "1091667547123608301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1682001157673191868",
      "id_str" : "1682007446676619371",
      "in_reply_to_user_id" : "1091667547123608301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1682007446676619371",
      "in_reply_to_status_id" : "1682001157673191868",
      "created_at" : "Thu Jul 20 12:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@jo_caseworks ha, the joys of the shared inbox. Solidarity 💪",
      "lang" : "en",
      "in_reply_to_screen_name" : "jo_caseworks",
      "in_reply_to_user_id_str" : "1091667547123608301"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675232806996156899"
          ],
          "editableUntil" : "2023-07-01T20:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "1675232806996156899",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1675232806996156899",
      "created_at" : "Sat Jul 01 20:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Mum's 60th at the Harbourside 🥂 love you Carol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667464118742375657"
          ],
          "editableUntil" : "2023-06-10T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "1667464118742375657",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1667464118742375657",
      "created_at" : "Sat Jun 10 09:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Half marathon training week 6 🏃‍♀️ legs say no",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653338539728266705"
          ],
          "editableUntil" : "2023-05-02T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "6",
      "id_str" : "1653338539728266705",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1653338539728266705",
      "created_at" : "Tue May 02 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: if you want help from your MP, email is best – not DMs please! 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1647253443261343547"
          ],
          "editableUntil" : "2023-04-15T15:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1647253443261343547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1647253443261343547",
      "created_at" : "Sat Apr 15 15:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Bristol City away day 🔴⚪ Come on you Reds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641362124922855897"
          ],
          "editableUntil" : "2023-03-30T09:20:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "6",
      "id_str" : "1641362124922855897",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1641362124922855897",
      "created_at" : "Thu Mar 30 08:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Back at the house after the school run, tea in hand ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635547560238028143"
          ],
          "editableUntil" : "2023-03-14T08:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "5",
      "id_str" : "1635547560238028143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635547560238028143",
      "created_at" : "Tue Mar 14 07:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy 7th birthday to my Alfie! 🎂🦖 Dinosaur cake attempt #3 incoming",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629179351988231852"
          ],
          "editableUntil" : "2023-02-24T18:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1629179351988231852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629179351988231852",
      "created_at" : "Fri Feb 24 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Another Friday, another constituent who's been waiting nine months for a visa decision. We'll get there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623222598639554204"
          ],
          "editableUntil" : "2023-02-08T08:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "7",
      "id_str" : "1623222598639554204",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1623222598639554204",
      "created_at" : "Wed Feb 08 07:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Train to Westminster for the staff training day. Portcullis House coffee is not worth the hype",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616061664849973152"
          ],
          "editableUntil" : "2023-01-19T13:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PDGOlEZPka",
            "expanded_url" : "https://committees.parliament.uk/committee/about-committees/",
            "display_url" : "committees.parliament.uk/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "6",
      "id_str" : "1616061664849973152",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1616061664849973152",
      "created_at" : "Thu Jan 19 13:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Useful explainer on how select committees work https://t.co/PDGOlEZPka",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611830029816647842"
          ],
          "editableUntil" : "2023-01-07T21:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "12",
      "id_str" : "1611830029816647842",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611830029816647842",
      "created_at" : "Sat Jan 07 21:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally tidied the house. It lasted eleven minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1602212913042660240"
          ],
          "editableUntil" : "2022-12-12T08:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "7",
      "id_str" : "1602212913042660240",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1602212913042660240",
      "created_at" : "Mon Dec 12 08:05:00 +0000 2022",
      "favorited" : false,
      "full_text" : "GP surgery ring-back at 8am sharp. On hold for 40 minutes. Why is it like this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598243001296315565"
          ],
          "editableUntil" : "2022-12-01T09:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/XiaPnewVbh",
            "expanded_url" : "https://www.w4mpjobs.org/JobDetails.aspx?jobid=000000",
            "display_url" : "w4mpjobs.org/JobDetails.a…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "10",
      "id_str" : "1598243001296315565",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598243001296315565",
      "created_at" : "Thu Dec 01 09:10:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Our office is hiring a parliamentary assistant – great first job in politics https://t.co/XiaPnewVbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592132740476831555"
          ],
          "editableUntil" : "2022-11-14T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "11",
      "id_str" : "1592132740476831555",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1592132740476831555",
      "created_at" : "Mon Nov 14 12:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Casework mountain today. 47 emails before lunch 😵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588219453526814532"
          ],
          "editableUntil" : "2022-11-03T17:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "7",
      "id_str" : "1588219453526814532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588219453526814532",
      "created_at" : "Thu Nov 03 17:20:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Constituency surgery this Saturday 10-12 at the library. Bring your paperwork! 📋",
      "lang" : "en"
    }
  }
]
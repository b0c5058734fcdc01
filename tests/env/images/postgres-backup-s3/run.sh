#! /bin/sh
# Container command (CMD ["sh", "run.sh"]): one backup and exit when SCHEDULE
# is empty, otherwise hand over to go-cron which runs backup.sh on schedule.
set -eu

if [ "$S3_S3V4" = "yes" ]; then
  aws configure set default.s3.signature_version s3v4
fi

if [ -z "$SCHEDULE" ]; then
  sh backup.sh
else
  exec go-cron "$SCHEDULE" /bin/sh backup.sh
fi

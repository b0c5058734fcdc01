// The parts of the S3 client that need no server: reading ListObjectsV2 and <Error> documents,
// translating failures into messages, and building request URLs for each kind of store.
#include "cloud/S3Client.h"
#include "cloud/S3Errors.h"
#include "cloud/S3Xml.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace Berth;
using namespace Berth::Cloud;

class TestS3Response : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAListingPage()
    {
        const QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
              "  <Name>berth-backups</Name><Prefix>backup</Prefix><KeyCount>2</KeyCount>\n"
              "  "
              "<MaxKeys>2</MaxKeys><EncodingType>url</EncodingType><IsTruncated>true</"
              "IsTruncated>\n"
              "  "
              "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</"
              "NextContinuationToken>\n"
              "  <Contents><Key>backup/app_2024-01-27T03%3A00%3A00.dump.gpg</Key>\n"
              "    <LastModified>2024-01-27T03:00:09.123Z</LastModified><ETag>\"abc\"</ETag>\n"
              "    <Size>1048576</Size><StorageClass>STANDARD</StorageClass></Contents>\n"
              "  <Contents><Key>backup/my+notes%2Bplus.txt</Key>\n"
              "    <LastModified>2024-01-28T00:00:00.000Z</LastModified><Size>0</Size></Contents>\n"
              "</ListBucketResult>";
        const auto page = S3Xml::parseListObjectsV2(xml, true);
        QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().detail));
        QVERIFY(page->truncated);
        QCOMPARE(page->nextContinuationToken,
                 QStringLiteral("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
        QCOMPARE(page->objects.size(), 2);
        const S3Object &first = page->objects.at(0);
        QCOMPARE(first.key, QStringLiteral("backup/app_2024-01-27T03:00:00.dump.gpg"));
        QCOMPARE(first.size, 1048576);
        QCOMPARE(first.etag, QStringLiteral("\"abc\""));
        QCOMPARE(first.lastModified,
                 QDateTime(QDate(2024, 1, 27), QTime(3, 0, 9, 123), QTimeZone::utc()));
        QCOMPARE(first.lastModified.offsetFromUtc(), 0);
        // Form encoding: '+' is a space, %2B a plus.
        QCOMPARE(page->objects.at(1).key, QStringLiteral("backup/my notes+plus.txt"));
    }

    void readsTheLastPage()
    {
        const auto page = S3Xml::parseListObjectsV2(
            "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>", false);
        QVERIFY(page.has_value());
        QVERIFY(!page->truncated);
        QVERIFY(page->objects.isEmpty());
    }

    void rejectsWhatIsNotAListing_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("error document") << QByteArray("<Error><Code>AccessDenied</Code></Error>");
        QTest::newRow("html") << QByteArray("<html><body>Captive portal</body></html>");
        QTest::newRow("truncated xml") << QByteArray("<ListBucketResult><Contents><Key>a");
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsWhatIsNotAListing()
    {
        QFETCH(QByteArray, xml);
        const auto page = S3Xml::parseListObjectsV2(xml, true);
        QVERIFY(!page.has_value());
        QCOMPARE(page.error().code, QStringLiteral("s3.bad-response"));
    }

    void readsAnErrorWithoutItsEvidenceOfKeys()
    {
        const auto body
            = S3Xml::parseError("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<Error><Code>SignatureDoesNotMatch</Code><Message>The request "
                                "signature we calculated does not match.</Message>\n"
                                "<AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</"
                                "AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256...</StringToSign>\n"
                                "<RequestId>4442587FB7D0A2F9</RequestId></Error>");
        QCOMPARE(body.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(body.requestId, QStringLiteral("4442587FB7D0A2F9"));
        QVERIFY(body.message.startsWith(QLatin1String("The request signature")));
        const auto region = S3Xml::parseError(
            "<Error><Code>AuthorizationHeaderMalformed</Code><Region>eu-west-1</Region></Error>");
        QCOMPARE(region.region, QStringLiteral("eu-west-1"));
        QVERIFY(S3Xml::parseError("not xml").code.isEmpty());
    }

    void translatesFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("s3Code");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions"); // besides the endpoint

        const int none = QNetworkReply::NoError;
        QTest::newRow("signature")
            << 403 << "SignatureDoesNotMatch" << none << QString() << "s3.signature"
            << "clock";
        QTest::newRow("unknown key id")
            << 403 << "InvalidAccessKeyId" << none << QString() << "s3.access-key"
            << "S3_ACCESS_KEY_ID";
        QTest::newRow("no bucket") << 404 << "NoSuchBucket" << none << QString() << "s3.no-bucket"
                                   << "S3_BUCKET";
        QTest::newRow("no key") << 404 << "NoSuchKey" << none << "backup/a.dump"
                                << "s3.no-key"
                                << "backup/a.dump";
        QTest::newRow("HEAD 404 of an object") << 404 << QString() << none << "backup/a.dump"
                                               << "s3.no-key"
                                               << "backup/a.dump";
        QTest::newRow("access denied")
            << 403 << "AccessDenied" << none << QString() << "s3.access-denied"
            << "s3:ListBucket";
        QTest::newRow("HEAD 403") << 403 << QString() << none << "k"
                                  << "s3.access-denied"
                                  << "clock";
        QTest::newRow("clock") << 403 << "RequestTimeTooSkewed" << none << QString() << "s3.clock"
                               << "NTP";
        QTest::newRow("region") << 400 << "AuthorizationHeaderMalformed" << none << QString()
                                << "s3.region"
                                << "S3_REGION";
        QTest::newRow("bad bucket name")
            << 400 << "InvalidBucketName" << none << QString() << "s3.bucket-name"
            << "S3_BUCKET";
        QTest::newRow("server") << 503 << "SlowDown" << none << QString() << "s3.server"
                                << "Try again";
        QTest::newRow("other") << 409 << "OperationAborted" << none << QString() << "s3.http"
                               << "OperationAborted";
        QTest::newRow("dns") << 0 << QString() << int(QNetworkReply::HostNotFoundError) << QString()
                             << "s3.dns"
                             << "DNS";
        QTest::newRow("refused") << 0 << QString() << int(QNetworkReply::ConnectionRefusedError)
                                 << QString() << "s3.refused"
                                 << "port";
        QTest::newRow("tls") << 0 << QString() << int(QNetworkReply::SslHandshakeFailedError)
                             << QString() << "s3.tls"
                             << "certificate";
        QTest::newRow("timeout") << 0 << QString() << int(QNetworkReply::TimeoutError) << QString()
                                 << "s3.timeout"
                                 << "30 second";
        QTest::newRow("closed") << 0 << QString() << int(QNetworkReply::RemoteHostClosedError)
                                << QString() << "s3.network"
                                << "network";
    }

    void translatesFailures()
    {
        QFETCH(int, status);
        QFETCH(QString, s3Code);
        QFETCH(int, networkError);
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        S3Failure failure;
        failure.endpoint = QStringLiteral("s3.example.net:9000");
        failure.bucket = QStringLiteral("berth-backups");
        failure.key = key;
        failure.region = QStringLiteral("us-east-1");
        failure.httpStatus = status;
        failure.networkError = static_cast<QNetworkReply::NetworkError>(networkError);
        failure.networkErrorString = QStringLiteral("Qt's words");
        failure.timeoutSeconds = 30;
        failure.body.code = s3Code;
        failure.body.region = QStringLiteral("eu-west-1");
        const Error error = S3Errors::translate(failure);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(QLatin1String("s3.example.net:9000"))
                     || error.message.contains(QLatin1String("berth-backups")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        if (!s3Code.isEmpty())
            QVERIFY(error.detail.contains(s3Code));
    }

    void namesTheSkewOfASignatureFailure()
    {
        S3Failure failure;
        failure.endpoint = QStringLiteral("minio:9000");
        failure.bucket = QStringLiteral("b");
        failure.httpStatus = 403;
        failure.body.code = QStringLiteral("SignatureDoesNotMatch");
        failure.serverTime = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
        failure.localTime = failure.serverTime.addSecs(-7 * 60);
        QVERIFY2(S3Errors::translate(failure).message.contains(QLatin1String("7 minute")),
                 qPrintable(S3Errors::translate(failure).message));
        failure.localTime = failure.serverTime.addSecs(60);
        QVERIFY(!S3Errors::translate(failure).message.contains(QLatin1String("minute")));
    }

    void buildsUrlsForEachKindOfStore_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("addressing");
        QTest::addColumn<QString>("url"); // of the key "backup/app_2024-01-27T03:00:00.dump"
        QTest::addColumn<QString>("name");
        const int automatic = int(S3Addressing::Auto);
        QTest::newRow("AWS, virtual-hosted") << QString() << "eu-west-1"
                                             << "my-backups" << automatic
                                             << "https://my-backups.s3.eu-west-1.amazonaws.com/"
                                                "backup/app_2024-01-27T03%3A00%3A00.dump"
                                             << "my-backups.s3.eu-west-1.amazonaws.com";
        QTest::newRow("AWS, dotted bucket: path-style")
            << QString() << ""
            << "my.backups" << automatic
            << "https://s3.us-east-1.amazonaws.com/my.backups/backup/"
               "app_2024-01-27T03%3A00%3A00.dump"
            << "s3.us-east-1.amazonaws.com";
        QTest::newRow("MinIO") << "http://10.98.0.1:9000"
                               << "us-east-1"
                               << "berth-backups" << automatic
                               << "http://10.98.0.1:9000/berth-backups/backup/"
                                  "app_2024-01-27T03%3A00%3A00.dump"
                               << "10.98.0.1:9000";
        QTest::newRow("R2, region auto") << "https://0123abcd.r2.cloudflarestorage.com"
                                         << "auto"
                                         << "db" << automatic
                                         << "https://0123abcd.r2.cloudflarestorage.com/db/backup/"
                                            "app_2024-01-27T03%3A00%3A00.dump"
                                         << "0123abcd.r2.cloudflarestorage.com";
        QTest::newRow("B2, virtual-hosted asked for")
            << "https://s3.us-west-004.backblazeb2.com"
            << "us-west-004"
            << "db" << int(S3Addressing::VirtualHosted)
            << "https://db.s3.us-west-004.backblazeb2.com/backup/app_2024-01-27T03%3A00%3A00.dump"
            << "db.s3.us-west-004.backblazeb2.com";
        QTest::newRow("default port dropped")
            << "https://s3.example.net:443"
            << "x"
            << "b" << automatic
            << "https://s3.example.net/b/backup/app_2024-01-27T03%3A00%3A00.dump"
            << "s3.example.net";
        QTest::newRow("endpoint with a path") << "http://gw.example.net:8080/s3/"
                                              << "x"
                                              << "b" << automatic
                                              << "http://gw.example.net:8080/s3/b/backup/"
                                                 "app_2024-01-27T03%3A00%3A00.dump"
                                              << "gw.example.net:8080";
        QTest::newRow("no scheme: https") << "s3.example.net:9000"
                                          << "x"
                                          << "b" << automatic
                                          << "https://s3.example.net:9000/b/backup/"
                                             "app_2024-01-27T03%3A00%3A00.dump"
                                          << "s3.example.net:9000";
        QTest::newRow("IPv6") << "http://[::1]:9000"
                              << "x"
                              << "b" << automatic
                              << "http://[::1]:9000/b/backup/app_2024-01-27T03%3A00%3A00.dump"
                              << "[::1]:9000";
    }

    void buildsUrlsForEachKindOfStore()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, region);
        QFETCH(QString, bucket);
        QFETCH(int, addressing);
        QFETCH(QString, url);
        QFETCH(QString, name);
        QNetworkAccessManager network;
        S3Location location;
        location.endpoint = QUrl(endpoint);
        location.region = region;
        location.bucket = bucket;
        location.addressing = static_cast<S3Addressing>(addressing);
        const S3Client client(&network, location, {});
        QCOMPARE(client.objectUrl(QStringLiteral("backup/app_2024-01-27T03:00:00.dump"))
                     .toString(QUrl::FullyEncoded),
                 url);
        QCOMPARE(client.endpointName(), name);
    }

    void keepsTheEmptyPrefixDoubleSlash()
    {
        // S3_PREFIX="" makes the image write "/<db>_<ts>.dump": the key starts with '/'.
        QNetworkAccessManager network;
        S3Location location;
        location.endpoint = QUrl(QStringLiteral("http://10.98.0.1:9000"));
        location.bucket = QStringLiteral("b");
        const S3Client client(&network, location, {});
        QCOMPARE(client.objectUrl(QStringLiteral("/app_2024-01-27T03:00:00.dump"))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("http://10.98.0.1:9000/b//app_2024-01-27T03%3A00%3A00.dump"));
    }
};

QTEST_GUILESS_MAIN(TestS3Response)
#include "tst_s3response.moc"

#include "gui/WelcomePage.h"

#include "engine/Sandbox.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/berth.svg")).pixmap(96, 96));
    logo->setAccessibleName(tr("Berth logo"));
    column->addWidget(logo, 0, Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Berth"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title, 0, Qt::AlignHCenter);

    auto *intro = new QLabel(tr("Deploy your apps to your own servers with Kamal — and see every "
                                "step. Open the folder of a Kamal project: the one that "
                                "contains config/deploy.yml."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    // Added without an alignment so the label takes the column's width: an aligned label gets
    // its one-line size hint and a word-wrapped text is cut off.
    column->addWidget(intro);

    auto *openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")),
                                       tr("&Open Project…"), this);
    openButton->setObjectName(QStringLiteral("openProjectButton"));
    openButton->setDefault(true);
    openButton->setMinimumWidth(220);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    column->addWidget(openButton, 0, Qt::AlignHCenter);

    // No server yet? The demo project on servers that run on this computer (Linux, a source
    // build). Shown disabled with the reason elsewhere, so people learn it exists.
    auto *tryButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                      tr("&Try It Locally…"), this);
    tryButton->setObjectName(QStringLiteral("tryLocallyButton"));
    tryButton->setMinimumWidth(220);
    const QString unavailable = Engine::Sandbox::unavailableReason();
    tryButton->setEnabled(unavailable.isEmpty());
    tryButton->setToolTip(unavailable.isEmpty()
                              ? tr("Deploy the demo project to sandbox servers on this computer: "
                                   "no server to rent")
                              : unavailable);
    tryButton->setAccessibleDescription(tryButton->toolTip());
    connect(tryButton, &QPushButton::clicked, this, &WelcomePage::tryLocallyRequested);
    column->addWidget(tryButton, 0, Qt::AlignHCenter);

    m_recentHeading = new QLabel(tr("Recent projects"), this);
    QFont headingFont = m_recentHeading->font();
    headingFont.setBold(true);
    m_recentHeading->setFont(headingFont);
    column->addSpacing(12);
    column->addWidget(m_recentHeading);

    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentProjectsList"));
    m_recentList->setAccessibleName(tr("Recent projects"));
    m_recentList->setMaximumWidth(560);
    m_recentList->setMinimumHeight(160);
    m_recentHeading->setBuddy(m_recentList);
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::activate);
    column->addWidget(m_recentList);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(600);
    center->addWidget(columnWidget, 3);
    center->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recentList->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QIcon::fromTheme(QStringLiteral("folder")),
            info.fileName() + QStringLiteral(" — ") + QDir::toNativeSeparators(path), m_recentList);
        item->setData(PathRole, path);
        if (!info.isDir()) {
            // Keep it listed (the drive may just be unmounted) but say why it won't open.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("This folder is not available right now."));
        }
    }
    m_recentHeading->setVisible(!paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
}

void WelcomePage::activate(const QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        Q_EMIT recentProjectActivated(item->data(PathRole).toString());
}

} // namespace Berth::Gui

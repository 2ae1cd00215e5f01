"""The fixed word lists the strategies draw from.

The words are common vocabulary of Chinese local newspapers (economy, industry,
government work, people's livelihood), written out by hand so that the
strategies depend on no file and give the same text on every machine.  No word
contains a doubled stretch (``XX``) of its own: real reduplication is drawn only
from :data:`REDUPLICATIONS`, so the strategies know exactly where it is.
"""

from __future__ import annotations

__all__ = [
    "CREDIT_TITLES",
    "HAN_WORDS",
    "LATIN_TERMS",
    "MEASURE_WORDS",
    "PERSON_NAMES",
    "REDUPLICATIONS",
    "UNITS",
]

# Nouns, verbs and modifiers of news prose, two to four characters each.
HAN_WORDS: tuple[str, ...] = tuple(
    """
    发展 创新 产业 企业 项目 建设 经济 科技 城市 乡村 群众 干部 工作 服务 改革
    开放 制度 政策 措施 市场 投资 消费 就业 收入 教育 医疗 养老 文化 旅游 生态
    环境 治理 安全 质量 效益 规模 基础 体系 平台 载体 园区 基地 车间 工厂 设备
    技术 人才 团队 专家 学者 院士 教授 学生 老师 农民 工人 居民 市民 游客 志愿者
    社区 街道 乡镇 村庄 农村 县城 省会 全省 全市 全县 全区 全国 我市 该区 该县
    高新区 开发区 示范区 新城 新区 湖区 湿地 公园 广场 道路 桥梁 隧道 铁路 机场
    港口 码头 电站 电网 管网 水库 河道 堤防 农田 果园 茶园 林场 牧场 渔场 粮食
    小麦 玉米 水稻 蔬菜 水果 花卉 苗木 食用菌 中药材 尼龙 钢铁 煤炭 化工 材料
    新材料 新能源 装备 电子 信息 数据 算力 芯片 电池 汽车 机械 纺织 服装 食品
    医药 物流 电商 金融 保险 税收 财政 预算 债券 贷款 资金 补贴 奖励 荣誉 称号
    会议 活动 仪式 论坛 展会 比赛 培训 讲座 调研 考察 检查 督导 座谈 部署 动员
    推进 推动 促进 加快 加强 加大 提升 提高 完善 优化 深化 强化 落实 实施 开展
    组织 举办 召开 出席 参加 参观 走访 慰问 看望 调度 协调 保障 支持 引导 鼓励
    培育 壮大 打造 构建 形成 实现 取得 完成 突破 达到 超过 增长 下降 减少 扩大
    延伸 补齐 拓展 融合 联动 共享 共建 共治 转型 升级 攻关 研发 生产 制造 销售
    运营 管理 监管 执法 审批 办理 登记 注册 申报 评审 验收 竣工 开工 签约 落地
    投产 达产 见效 受益 满意 稳定 有序 平稳 积极 主动 扎实 全面 持续 不断 切实
    坚持 围绕 聚焦 瞄准 立足 依托 紧扣 对标 着眼 统筹 兼顾 坚决 全力 奋力 合力
    重点 难点 热点 亮点 焦点 节点 关键 核心 主体 龙头 链主 骨干 标杆 样板 典型
    经验 做法 成效 成果 成绩 业绩 贡献 作用 地位 优势 特色 品牌 形象 口碑 信心
    目标 任务 要求 标准 规划 方案 计划 路径 方向 思路 举措 机制 模式 格局 态势
    今年 去年 明年 近年来 目前 当前 下一步 近日 日前 此前 随后 同时 此外 其中
    记者 通讯员 负责人 党委 政府 部门 单位 机关 学校 医院 银行 公司 集团 协会
    商会 合作社 家庭农场 种植户 养殖户 个体户 小微企业 国有企业 民营企业 外资企业
    党员 代表 委员 群众路线 初心使命 高质量 现代化 新时代 新征程 新动能 新优势
    获得感 幸福感 安全感 满意度 知名度 影响力 竞争力 创造力 生产力 凝聚力
    """.split()  # noqa: SIM905 - a word list reads better as prose than quoted
)

# Real reduplication and doubles across a word boundary.  They are exactly the
# text a fake-bold repair must leave alone, so the strategies use them on
# purpose, as whole tokens, never two in a row.
REDUPLICATIONS: tuple[str, ...] = (
    "一家一家",
    "一个一个",
    "一项一项",
    "人人防控",
    "常常",
    "天天",
    "研究研究",
    "高高兴兴",
    "谢谢",
    "层层推荐",
    "明镁镁业",
    "综合部部长",
    "工信局局长",
    "两院院士",
    "农民工工资",
    "工作作出",
)

# Latin terms as newspapers print them inside Chinese text.
LATIN_TERMS: tuple[str, ...] = ("5G", "PM2.5", "AGV", "GDP", "AI", "VR", "LED", "APP", "CBD", "ETC")

# Measure words and units that follow a number.
MEASURE_WORDS: tuple[str, ...] = ("个", "家", "名", "项", "台", "座", "所", "户", "人", "件", "次")
UNITS: tuple[str, ...] = ("万亩", "亿元", "万元", "万吨", "公里", "平方米", "万人次", "千瓦")

# Given names for captions' credits: two or three characters, no doubles.
PERSON_NAMES: tuple[str, ...] = (
    "王尧",
    "周海涛",
    "陈思远",
    "马文博",
    "郑喜艳",
    "张振成",
    "许丹",
    "侯培华",
    "彭雪姣",
    "孙聪利",
    "李蓥婕",
    "高轶鹏",
    "赵立新",
    "刘建国",
    "常凯",
    "原昆鹏",
)

# What precedes a photographer's name in a credit (the empty title is a bare name).
CREDIT_TITLES: tuple[str, ...] = ("本报记者 ", "记者 ", "通讯员 ", "")

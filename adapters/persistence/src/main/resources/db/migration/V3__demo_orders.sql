-- The embedded demo store of the demo shop Lumo (docs/demo-shop-facts.md): orders, their lines and returns,
-- read and changed by dev.tandem.adapters.orders.DemoStoreOrderLookup when tandem.orders.backend=demo (the
-- default). Portable SQL for H2 and PostgreSQL.
--
-- The seed uses FIXED dates around November 2026 so every run sees the same data: a delivered order's
-- return_deadline is its delivered_on + 30 days (the return window of the facts sheet), so whether a
-- return can still be started depends on today's date. Contract orders (DESIGN.md / issue 7):
--   100234  SHIPPED by InPost, tracking number TRK-100234, e-mail demo@example.com
--   100981  PROCESSING, e-mail demo@example.com

CREATE TABLE shop_order (
    order_number      VARCHAR(20)   NOT NULL PRIMARY KEY,
    -- PROCESSING, SHIPPED, DELIVERED, CANCELLED, RETURNED (dev.tandem.bot.orders.OrderStatus)
    status            VARCHAR(16)   NOT NULL,
    email             VARCHAR(320)  NOT NULL,
    phone             VARCHAR(32),
    -- PL (lumo.pl, PLN) or UA (lumo.ua, UAH)
    market            VARCHAR(2)    NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    total             DECIMAL(12, 2) NOT NULL,
    placed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    carrier           VARCHAR(40),
    tracking_number   VARCHAR(64),
    tracking_url      VARCHAR(500),
    shipped_at        TIMESTAMP WITH TIME ZONE,
    expected_delivery DATE,
    delivered_on      DATE,
    return_deadline   DATE,
    cancelled_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX shop_order_email ON shop_order (email);

CREATE TABLE shop_order_item (
    order_number VARCHAR(20)    NOT NULL REFERENCES shop_order (order_number),
    line_no      INTEGER        NOT NULL,
    product      VARCHAR(200)   NOT NULL,
    quantity     INTEGER        NOT NULL,
    unit_price   DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (order_number, line_no)
);

-- At most one return per order. state: AWAITING_PARCEL (label issued, the order stays DELIVERED until the
-- parcel arrives), REFUND_PENDING (received; the order is RETURNED), REFUNDED.
CREATE TABLE shop_return (
    return_number VARCHAR(20)  NOT NULL PRIMARY KEY,
    order_number  VARCHAR(20)  NOT NULL UNIQUE REFERENCES shop_order (order_number),
    label_url     VARCHAR(500) NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE
);

INSERT INTO shop_order (order_number, status, email, phone, market, currency, total, placed_at, carrier, tracking_number,
                        tracking_url, shipped_at, expected_delivery, delivered_on, return_deadline, cancelled_at) VALUES
    ('100981', 'PROCESSING', 'demo@example.com', '+48501234567', 'PL', 'PLN', 428.98, TIMESTAMP WITH TIME ZONE '2026-11-25 09:42:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100983', 'PROCESSING', 'marta.wisniewska@example.com', '+48602345678', 'PL', 'PLN', 199.00, TIMESTAMP WITH TIME ZONE '2026-11-25 10:05:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100985', 'PROCESSING', 'oksana.melnyk@example.com', '+380671234567', 'UA', 'UAH', 2598.00, TIMESTAMP WITH TIME ZONE '2026-11-25 11:20:00+02:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100987', 'PROCESSING', 'tomasz.zielinski@example.com', NULL, 'PL', 'PLN', 349.00, TIMESTAMP WITH TIME ZONE '2026-11-24 16:31:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100989', 'PROCESSING', 'iryna.bondarenko@example.com', '+380509876543', 'UA', 'UAH', 2899.00, TIMESTAMP WITH TIME ZONE '2026-11-24 19:12:00+02:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100990', 'PROCESSING', 'katarzyna.lewandowska@example.com', '+48790111222', 'PL', 'PLN', 658.99, TIMESTAMP WITH TIME ZONE '2026-11-25 07:58:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100992', 'PROCESSING', 'andrii.kovalenko@example.com', '+380632223344', 'UA', 'UAH', 1299.00, TIMESTAMP WITH TIME ZONE '2026-11-25 12:47:00+02:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('100234', 'SHIPPED', 'demo@example.com', '+48501234567', 'PL', 'PLN', 368.00, TIMESTAMP WITH TIME ZONE '2026-11-23 18:20:00+01:00', 'InPost', 'TRK-100234', 'https://inpost.pl/sledzenie-przesylek?number=TRK-100234', TIMESTAMP WITH TIME ZONE '2026-11-24 13:05:00+01:00', DATE '2026-11-26', NULL, NULL, NULL),
    ('100944', 'SHIPPED', 'pawel.kaminski@example.com', '+48511222333', 'PL', 'PLN', 499.00, TIMESTAMP WITH TIME ZONE '2026-11-23 09:14:00+01:00', 'DPD', '13807501234567', 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501234567', TIMESTAMP WITH TIME ZONE '2026-11-23 15:40:00+01:00', DATE '2026-11-25', NULL, NULL, NULL),
    ('100951', 'SHIPPED', 'natalia.tkachenko@example.com', '+380661112233', 'UA', 'UAH', 1499.00, TIMESTAMP WITH TIME ZONE '2026-11-23 12:30:00+02:00', 'Nova Poshta', '20450987654321', 'https://novaposhta.ua/tracking/?cargo_number=20450987654321', TIMESTAMP WITH TIME ZONE '2026-11-24 11:10:00+02:00', DATE '2026-11-26', NULL, NULL, NULL),
    ('100958', 'SHIPPED', 'agnieszka.wojcik@example.com', NULL, 'PL', 'PLN', 228.00, TIMESTAMP WITH TIME ZONE '2026-11-24 08:05:00+01:00', 'InPost', '652400119876543210123456', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210123456', TIMESTAMP WITH TIME ZONE '2026-11-24 14:22:00+01:00', DATE '2026-11-26', NULL, NULL, NULL),
    ('100962', 'SHIPPED', 'serhii.moroz@example.com', '+380937778899', 'UA', 'UAH', 8999.00, TIMESTAMP WITH TIME ZONE '2026-11-24 10:40:00+02:00', 'Nova Poshta', '20450987655432', 'https://novaposhta.ua/tracking/?cargo_number=20450987655432', TIMESTAMP WITH TIME ZONE '2026-11-24 17:35:00+02:00', DATE '2026-11-27', NULL, NULL, NULL),
    ('100966', 'SHIPPED', 'michal.szymanski@example.com', '+48733444555', 'PL', 'PLN', 1899.00, TIMESTAMP WITH TIME ZONE '2026-11-24 11:55:00+01:00', 'DPD', '13807501239876', 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501239876', TIMESTAMP WITH TIME ZONE '2026-11-25 09:30:00+01:00', DATE '2026-11-28', NULL, NULL, NULL),
    ('100970', 'SHIPPED', 'julia.dabrowska@example.com', '+48694555666', 'PL', 'PLN', 399.00, TIMESTAMP WITH TIME ZONE '2026-11-24 13:02:00+01:00', 'InPost', '652400119876543210124567', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210124567', TIMESTAMP WITH TIME ZONE '2026-11-24 15:58:00+01:00', DATE '2026-11-26', NULL, NULL, NULL),
    ('100512', 'DELIVERED', 'demo@example.com', '+48501234567', 'PL', 'PLN', 699.00, TIMESTAMP WITH TIME ZONE '2026-11-14 20:11:00+01:00', 'InPost', '652400119876543210098765', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210098765', TIMESTAMP WITH TIME ZONE '2026-11-16 12:40:00+01:00', DATE '2026-11-18', DATE '2026-11-17', DATE '2026-12-17', NULL),
    ('100801', 'DELIVERED', 'anna.kowalska@example.com', '+48512345678', 'PL', 'PLN', 329.00, TIMESTAMP WITH TIME ZONE '2026-11-10 08:30:00+01:00', 'InPost', '652400119876543210087654', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210087654', TIMESTAMP WITH TIME ZONE '2026-11-10 13:15:00+01:00', DATE '2026-11-12', DATE '2026-11-12', DATE '2026-12-12', NULL),
    ('100822', 'DELIVERED', 'olena.shevchenko@example.com', '+380671112233', 'UA', 'UAH', 4299.00, TIMESTAMP WITH TIME ZONE '2026-11-11 14:50:00+02:00', 'Nova Poshta', '20450987612345', 'https://novaposhta.ua/tracking/?cargo_number=20450987612345', TIMESTAMP WITH TIME ZONE '2026-11-12 10:20:00+02:00', DATE '2026-11-14', DATE '2026-11-13', DATE '2026-12-13', NULL),
    ('100845', 'DELIVERED', 'piotr.nowak@example.com', '+48600700800', 'PL', 'PLN', 318.00, TIMESTAMP WITH TIME ZONE '2026-11-16 10:10:00+01:00', 'DPD', '13807501211111', 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501211111', TIMESTAMP WITH TIME ZONE '2026-11-16 15:45:00+01:00', DATE '2026-11-18', DATE '2026-11-18', DATE '2026-12-18', NULL),
    ('100867', 'DELIVERED', 'dmytro.kravets@example.com', '+380501234567', 'UA', 'UAH', 3999.00, TIMESTAMP WITH TIME ZONE '2026-11-17 09:00:00+02:00', 'Nova Poshta', '20450987623456', 'https://novaposhta.ua/tracking/?cargo_number=20450987623456', TIMESTAMP WITH TIME ZONE '2026-11-17 16:30:00+02:00', DATE '2026-11-20', DATE '2026-11-19', DATE '2026-12-19', NULL),
    ('100890', 'DELIVERED', 'ewa.mazur@example.com', NULL, 'PL', 'PLN', 528.00, TIMESTAMP WITH TIME ZONE '2026-11-19 12:12:00+01:00', 'InPost', '652400119876543210076543', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210076543', TIMESTAMP WITH TIME ZONE '2026-11-19 14:05:00+01:00', DATE '2026-11-21', DATE '2026-11-20', DATE '2026-12-20', NULL),
    ('100903', 'DELIVERED', 'yulia.savchenko@example.com', '+380681234567', 'UA', 'UAH', 1899.00, TIMESTAMP WITH TIME ZONE '2026-11-20 18:45:00+02:00', 'Nova Poshta', '20450987634567', 'https://novaposhta.ua/tracking/?cargo_number=20450987634567', TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+02:00', DATE '2026-11-23', DATE '2026-11-22', DATE '2026-12-22', NULL),
    ('100918', 'DELIVERED', 'krzysztof.wozniak@example.com', '+48788999000', 'PL', 'PLN', 229.00, TIMESTAMP WITH TIME ZONE '2026-11-20 07:40:00+01:00', 'DPD', '13807501222222', 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501222222', TIMESTAMP WITH TIME ZONE '2026-11-20 13:50:00+01:00', DATE '2026-11-23', DATE '2026-11-23', DATE '2026-12-23', NULL),
    ('100455', 'DELIVERED', 'magdalena.krawczyk@example.com', '+48504333222', 'PL', 'PLN', 249.00, TIMESTAMP WITH TIME ZONE '2026-10-01 19:25:00+02:00', 'InPost', '652400119876543210065432', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210065432', TIMESTAMP WITH TIME ZONE '2026-10-02 12:00:00+02:00', DATE '2026-10-03', DATE '2026-10-03', DATE '2026-11-02', NULL),
    ('100470', 'DELIVERED', 'vasyl.hnatiuk@example.com', '+380991234567', 'UA', 'UAH', 3499.00, TIMESTAMP WITH TIME ZONE '2026-10-04 11:35:00+03:00', 'Nova Poshta', '20450987645678', 'https://novaposhta.ua/tracking/?cargo_number=20450987645678', TIMESTAMP WITH TIME ZONE '2026-10-05 09:45:00+03:00', DATE '2026-10-07', DATE '2026-10-06', DATE '2026-11-05', NULL),
    ('100610', 'CANCELLED', 'lukasz.grabowski@example.com', '+48666555444', 'PL', 'PLN', 149.00, TIMESTAMP WITH TIME ZONE '2026-10-28 21:03:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-10-29 08:15:00+01:00'),
    ('100733', 'CANCELLED', 'tetiana.lysenko@example.com', '+380673334455', 'UA', 'UAH', 1599.00, TIMESTAMP WITH TIME ZONE '2026-11-05 15:20:00+02:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-11-05 16:02:00+02:00'),
    ('100905', 'CANCELLED', 'aleksandra.pawlak@example.com', NULL, 'PL', 'PLN', 328.99, TIMESTAMP WITH TIME ZONE '2026-11-21 09:09:00+01:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-11-21 10:30:00+01:00'),
    ('100976', 'CANCELLED', 'bohdan.ivanenko@example.com', '+380664445566', 'UA', 'UAH', 798.00, TIMESTAMP WITH TIME ZONE '2026-11-24 20:14:00+02:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-11-25 08:01:00+02:00'),
    ('100388', 'RETURNED', 'joanna.michalska@example.com', '+48577888999', 'PL', 'PLN', 149.00, TIMESTAMP WITH TIME ZONE '2026-10-20 13:33:00+02:00', 'InPost', '652400119876543210054321', 'https://inpost.pl/sledzenie-przesylek?number=652400119876543210054321', TIMESTAMP WITH TIME ZONE '2026-10-21 12:10:00+02:00', DATE '2026-10-23', DATE '2026-10-22', DATE '2026-11-21', NULL),
    ('100642', 'RETURNED', 'mykola.petrenko@example.com', '+380951112233', 'UA', 'UAH', 3199.00, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+02:00', 'Nova Poshta', '20450987656789', 'https://novaposhta.ua/tracking/?cargo_number=20450987656789', TIMESTAMP WITH TIME ZONE '2026-11-02 11:30:00+02:00', DATE '2026-11-04', DATE '2026-11-03', DATE '2026-12-03', NULL),
    ('100701', 'RETURNED', 'barbara.zajac@example.com', '+48509876543', 'PL', 'PLN', 459.00, TIMESTAMP WITH TIME ZONE '2026-11-04 17:45:00+01:00', 'DPD', '13807501233333', 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501233333', TIMESTAMP WITH TIME ZONE '2026-11-05 14:00:00+01:00', DATE '2026-11-07', DATE '2026-11-06', DATE '2026-12-06', NULL),
    ('100759', 'RETURNED', 'svitlana.marchenko@example.com', '+380674445566', 'UA', 'UAH', 2899.00, TIMESTAMP WITH TIME ZONE '2026-11-07 08:25:00+02:00', 'Nova Poshta', '20450987667890', 'https://novaposhta.ua/tracking/?cargo_number=20450987667890', TIMESTAMP WITH TIME ZONE '2026-11-07 15:15:00+02:00', DATE '2026-11-10', DATE '2026-11-09', DATE '2026-12-09', NULL);

INSERT INTO shop_order_item (order_number, line_no, product, quantity, unit_price) VALUES
    ('100981', 1, 'Lumo Basic cotton T-shirt, white, M', 2, 49.99),
    ('100981', 2, 'Lumo Trail running shoes, size 42', 1, 329.00),
    ('100983', 1, 'Wireless earbuds Soundcore P30i', 1, 199.00),
    ('100985', 1, 'Lumo merino wool jumper, grey, S', 1, 2199.00),
    ('100985', 2, 'Lumo wool socks, 3-pack', 1, 399.00),
    ('100987', 1, 'Smartwatch Amazfit Bip 5, black', 1, 349.00),
    ('100989', 1, 'Lumo Urban sneakers, white, size 38', 1, 2899.00),
    ('100990', 1, 'Lumo down jacket, navy, L', 1, 599.00),
    ('100990', 2, 'Lumo knitted beanie, mustard', 1, 59.99),
    ('100992', 1, 'Power bank Xiaomi 20000 mAh', 1, 1299.00),
    ('100234', 1, 'Lumo Classic denim jacket, blue, M', 1, 279.00),
    ('100234', 2, 'Lumo leather belt, brown, 95 cm', 1, 89.00),
    ('100944', 1, 'Bluetooth speaker JBL Flip 6', 1, 499.00),
    ('100951', 1, 'Lumo fleece hoodie, black, M', 1, 1499.00),
    ('100958', 1, 'Lumo running leggings, black, S', 1, 129.00),
    ('100958', 2, 'Lumo sports bra, black, S', 1, 99.00),
    ('100962', 1, 'Robot vacuum cleaner Xiaomi E10', 1, 8999.00),
    ('100966', 1, '4K Smart TV 55" Hisense A6N', 1, 1899.00),
    ('100970', 1, 'Lumo Chelsea boots, black, size 39', 1, 399.00),
    ('100512', 1, 'Lumo wool coat, camel, M', 1, 699.00),
    ('100801', 1, 'Lumo Trail running shoes, size 38', 1, 329.00),
    ('100822', 1, 'Wireless headphones Sony WH-CH720N', 1, 4299.00),
    ('100845', 1, 'Lumo slim chinos, beige, 32/32', 2, 159.00),
    ('100867', 1, 'Lumo parka, olive, XL', 1, 3999.00),
    ('100890', 1, 'E-book reader PocketBook Verse', 1, 449.00),
    ('100890', 2, 'PocketBook cover, black', 1, 79.00),
    ('100903', 1, 'Lumo knitted dress, burgundy, M', 1, 1899.00),
    ('100918', 1, 'Electric toothbrush Oral-B Pro 3', 1, 229.00),
    ('100455', 1, 'Lumo rain jacket, yellow, S', 1, 249.00),
    ('100470', 1, 'Lumo hiking boots, brown, size 44', 1, 3499.00),
    ('100610', 1, 'Gaming mouse Logitech G305', 1, 149.00),
    ('100733', 1, 'Lumo cashmere scarf, grey', 1, 1599.00),
    ('100905', 1, 'Lumo ankle boots, taupe, size 37', 1, 289.00),
    ('100905', 2, 'Shoe care kit', 1, 39.99),
    ('100976', 1, 'Smartphone case, clear, iPhone 15', 2, 399.00),
    ('100388', 1, 'Lumo linen shirt, white, L', 1, 149.00),
    ('100642', 1, 'Wireless earbuds JBL Tune Beam', 1, 3199.00),
    ('100701', 1, 'Lumo evening dress, black, 38', 1, 459.00),
    ('100759', 1, 'Lumo Urban sneakers, black, size 40', 1, 2899.00);

INSERT INTO shop_return (return_number, order_number, label_url, state, created_at, received_at) VALUES
    ('R100388', '100388', 'https://lumo.example/returns/R100388/label.pdf', 'REFUNDED', TIMESTAMP WITH TIME ZONE '2026-10-30 10:00:00+01:00', TIMESTAMP WITH TIME ZONE '2026-11-04 11:20:00+01:00'),
    ('R100642', '100642', 'https://lumo.example/returns/R100642/label.pdf', 'REFUND_PENDING', TIMESTAMP WITH TIME ZONE '2026-11-15 09:00:00+02:00', TIMESTAMP WITH TIME ZONE '2026-11-22 14:30:00+02:00'),
    ('R100701', '100701', 'https://lumo.example/returns/R100701/label.pdf', 'REFUND_PENDING', TIMESTAMP WITH TIME ZONE '2026-11-17 18:20:00+01:00', TIMESTAMP WITH TIME ZONE '2026-11-24 10:05:00+01:00'),
    ('R100759', '100759', 'https://lumo.example/returns/R100759/label.pdf', 'REFUND_PENDING', TIMESTAMP WITH TIME ZONE '2026-11-19 12:00:00+02:00', TIMESTAMP WITH TIME ZONE '2026-11-25 09:40:00+02:00');

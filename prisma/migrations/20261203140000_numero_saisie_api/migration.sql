-- Numbers of the invoices typed through the API (SAISIE_API): Choral numbers them, as Chorus Pro
-- does, from this counter (a sequence: no row lock, no gap-free promise needed).
CREATE SEQUENCE "numero_facture_saisie_api";

// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Spanish forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabaco, productos de tabaco, productos del tabaco, venta de tabaco
cigarettes: cigarrillo, cigarrillos, pitillos, cigarros de tabaco
e-cigarettes: cigarrillo electrónico, cigarrillos electrónicos, cigarros electrónicos, cigarro electrónico, vapeadores, vapeador, vaporizadores, vapers, vapes, vape, vapeo, e-cigarrillos, dispositivos de vapeo
disposable vapes: vapeadores desechables, vapeador desechable, cigarrillos electrónicos desechables, cigarrillo electrónico desechable, vapes desechables, vapers desechables, vaporizadores desechables, vaporizador desechable, pods desechables, puffs
e-liquids: líquidos para vapear, líquidos de vapeo, e-líquidos, líquidos para cigarrillos electrónicos
flavoured e-cigarettes: cigarrillos electrónicos con sabores, vapeadores con sabores, sabores de los cigarrillos electrónicos, vapeadores saborizados, cigarrillos electrónicos saborizados, líquidos con sabores
menthol cigarettes: cigarrillos mentolados, cigarrillo mentolado, cigarrillos de mentol, cigarrillos con mentol, mentolados
flavoured tobacco: tabaco con sabores, tabaco saborizado, tabaco aromatizado, tabacos aromatizados, productos de tabaco con sabores
flavoured cigarettes: cigarrillos con sabores, cigarrillos aromatizados, cigarrillos saborizados, cigarrillos con aromas característicos, cigarrillos con aroma característico
nicotine pouches: bolsas de nicotina, bolsitas de nicotina, sobres de nicotina, bolsitas nicotínicas
heated tobacco products: tabaco calentado, productos de tabaco calentado, tabaco por calentamiento, dispositivos de tabaco calentado
cigars: habanos, cigarros puros, purito, puritos
snus: snus
shisha: cachimba, cachimbas, narguile, narguiles, narguilas, shisha, pipas de agua, hookah
chewing tobacco: tabaco de mascar, tabaco para mascar, tabaco sin humo
rolling tobacco: tabaco de liar, tabaco para liar, picadura de liar
smoking: fumar, tabaquismo, consumo de tabaco
tobacco advertising: publicidad del tabaco, publicidad de tabaco, publicidad de cigarrillos, patrocinio del tabaco
alcohol: alcohol, bebidas alcohólicas, venta de alcohol, licores, bebidas espirituosas, consumo de alcohol
alcohol advertising: publicidad de alcohol, publicidad del alcohol, publicidad de bebidas alcohólicas, anuncios de alcohol
energy drinks: bebidas energéticas, bebida energética, bebidas energizantes
sugary drinks: bebidas azucaradas, refrescos, refrescos azucarados, bebidas endulzadas, gaseosas
cannabis: cannabis, marihuana, mariguana, hachís, porros, cannabis recreativo
kratom: kratom
khat: khat, qat
magic mushrooms: hongos alucinógenos, setas alucinógenas, hongos mágicos, psilocibina, setas mágicas
nitrous oxide: óxido nitroso, gas de la risa, globos de la risa, bombonas de óxido nitroso
synthetic cannabinoids: cannabinoides sintéticos, marihuana sintética
CBD: CBD, cannabidiol, aceite de CBD, productos con CBD
hemp flowers: flores de CBD, flores de cáñamo, cogollos de CBD, flor de CBD
HHC: HHC, hexahidrocannabinol
poppers: poppers
foie gras: foie gras, paté de hígado graso
fur: pieles, peletería, granjas de visones, comercio de pieles, venta de pieles, pieles de animales
glyphosate: glifosato, Roundup
pesticides: pesticidas, pesticida, plaguicidas, plaguicida, fitosanitarios, agroquímicos, agrotóxicos, herbicidas, insecticidas
neonicotinoids: neonicotinoides, neonicotinoide
GMOs: transgénicos, transgénico, organismos genéticamente modificados, OGM, maíz transgénico, cultivos transgénicos
palm oil: aceite de palma
trans fats: grasas trans, ácidos grasos trans
lab-grown meat: carne cultivada, carne de laboratorio, carne sintética, carne cultivada en laboratorio, carne celular
junk food advertising: publicidad de comida chatarra, publicidad de comida basura, publicidad de alimentos no saludables, publicidad de alimentos poco saludables, publicidad infantil de alimentos
raw milk: leche cruda, leche sin pasteurizar
food dyes: colorantes alimentarios, colorantes artificiales, colorantes
titanium dioxide: dióxido de titanio, E171
shark fins: aletas de tiburón, aleta de tiburón, sopa de aleta de tiburón
dog meat: carne de perro
ivory: marfil, comercio de marfil
circus animals: animales en los circos, circos con animales, animales salvajes en circos, animales de circo
trophy hunting: caza de trofeos, trofeos de caza, caza trofeo
bullfighting: corridas de toros, corridas, tauromaquia, espectáculos taurinos, corrida de toros
live animal exports: exportación de animales vivos, exportaciones de animales vivos, transporte de animales vivos, exportación de ganado en pie
battery cages: gallinas enjauladas, jaulas en batería, granjas de jaulas, huevos de gallinas enjauladas
bottom trawling: pesca de arrastre, arrastre de fondo, redes de arrastre de fondo, pesca de arrastre de fondo
whaling: caza de ballenas, caza comercial de ballenas, pesca de ballenas
animal testing: experimentación animal, pruebas en animales, ensayos con animales, experimentos con animales
chewing gum: chicle, chicles, goma de mascar
exotic pets: mascotas exóticas, animales exóticos, animales exóticos como mascotas
grain: cereales, granos, exportaciones de granos, exportación de granos, exportaciones de cereales, exportación de cereales
rice: arroz, exportaciones de arroz, exportación de arroz
single-use plastics: plásticos de un solo uso, plástico de un solo uso, plásticos desechables, plástico desechable, productos de plástico de un solo uso, plásticos de usar y tirar
plastic bags: bolsas de plástico, bolsa de plástico, bolsas plásticas, bolsa plástica, bolsitas de plástico, fundas plásticas, fundas de plástico
plastic straws: pajitas de plástico, pajitas, pitillos de plástico, sorbetes, popotes, popotes de plástico, pajillas, bombillas de plástico, canutillos
plastic cutlery: cubiertos de plástico, cubiertos desechables, cubiertos plásticos
plastic plates: platos de plástico, platos desechables, platos plásticos
plastic stirrers: agitadores de plástico, removedores de plástico, agitadores de bebidas, mezcladores de plástico
plastic cotton buds: bastoncillos de algodón, bastoncillos, hisopos de plástico, hisopos, cotonetes
plastic balloon sticks: palitos para globos, varillas de globos, palos de globos
plastic cups: vasos de plástico, vasos desechables, vasos plásticos
plastic bottles: botellas de plástico, botella de plástico, botellas plásticas, botellas PET
plastic packaging: envases de plástico, embalajes de plástico, envases plásticos, envoltorios de plástico
expanded polystyrene food containers: poliestireno expandido, unicel, icopor, corcho blanco, envases de poliestireno, recipientes de poliestireno expandido, envases de unicel, tecnopor, estereofón
microbeads: microperlas, microesferas de plástico, microplásticos
oxo-degradable plastics: plásticos oxodegradables, plástico oxodegradable, plásticos oxo-degradables
oxo-degradable plastic bags: bolsas oxodegradables, bolsas de plástico oxodegradables, bolsas oxo-degradables
wet wipes: toallitas húmedas, toallitas, toallitas desechables
sky lanterns: globos de papel, farolillos chinos, linternas voladoras, globos de cantoya
coal: carbón, centrales de carbón, centrales térmicas de carbón, minería de carbón
combustion engine cars: coches de combustión, vehículos de combustión, motores de combustión, coches de gasolina, autos de combustión, vehículos de combustión interna, motor de combustión, coches con motor de combustión
diesel cars: coches diésel, vehículos diésel, coches diesel, vehículos diesel, autos diésel
gas boilers: calderas de gas, caldera de gas, calefacción de gas
oil boilers: calderas de gasóleo, calderas de gasoil, calderas de fueloil, calefacción de gasóleo
incandescent light bulbs: bombillas incandescentes, bombillas de incandescencia, focos incandescentes, lámparas incandescentes, bombillas halógenas, focos ahorradores
patio heaters: estufas de terraza, calefactores de terraza, terrazas climatizadas, estufas exteriores
leaf blowers: sopladores de hojas, sopladoras, sopladores
wood stoves: estufas de leña, chimeneas de leña, chimeneas abiertas
PFAS: PFAS, contaminantes eternos, químicos eternos, sustancias perfluoroalquiladas
asbestos: amianto, asbesto, uralita
fracking: fracking, fractura hidráulica
deep-sea mining: minería submarina, minería en aguas profundas, minería de aguas profundas, minería en los fondos marinos
private jets: jets privados, jet privado, aviones privados, vuelos privados
short-haul flights: vuelos cortos, vuelos de corta distancia, vuelos domésticos cortos, vuelos nacionales de corta distancia
cruise ships: cruceros, crucero, barcos de crucero, grandes cruceros
SUVs: SUV, todoterrenos, todocaminos
e-scooters: patinetes eléctricos, patinete eléctrico, patinetes, monopatines eléctricos, scooters eléctricos, patinetas eléctricas
fossil fuel advertising: publicidad de combustibles fósiles, publicidad de los combustibles fósiles, publicidad de energías fósiles
mobile phones: teléfonos móviles, teléfono móvil, móviles, móvil, celulares, celular, teléfonos celulares, teléfono celular, teléfonos, telefonía móvil, smartphone, smartphones, teléfonos inteligentes, teléfono inteligente
smartwatches: relojes inteligentes, reloj inteligente, smartwatches
laptops: ordenadores portátiles, portátiles, laptops, computadoras portátiles, laptop
power banks: baterías externas, batería externa, power banks, cargadores portátiles
social media: redes sociales, red social, plataformas de redes sociales, medios sociales
messaging apps: aplicaciones de mensajería, apps de mensajería, mensajería instantánea, servicios de mensajería
video games: videojuegos, videojuego, juegos de vídeo, juegos electrónicos
online games: juegos en línea, juegos online, juego en línea
online gambling: juego online, apuestas en línea, apuestas online, casinos en línea, casinos online, juegos de azar en línea, juegos de azar online, sitios de apuestas, páginas de apuestas, webs de apuestas, plataformas de apuestas
gambling: juegos de azar, juego de azar, apuestas, casinos, publicidad de apuestas
sports betting: apuestas deportivas, apuesta deportiva, casas de apuestas
slot machines: tragamonedas, tragaperras, máquinas tragaperras, máquinas tragamonedas, máquinas de azar
loot boxes: cajas de botín, loot boxes, cajas botín
cryptocurrencies: criptomonedas, criptomoneda, criptoactivos, monedas virtuales, cripto, bitcoin, criptodivisas
crypto mining: minería de criptomonedas, minería de bitcoin, criptominería, minería cripto
VPNs: VPN, VPNs, redes privadas virtuales, red privada virtual
AI chatbots: chatbots, chatbot, asistentes de IA, inteligencia artificial generativa, IA generativa, herramientas de IA, aplicaciones de IA, chatbots de IA
facial recognition: reconocimiento facial, tecnología de reconocimiento facial, cámaras de reconocimiento facial
deepfakes: deepfakes, ultrafalsos, videos falsos generados por IA, deepfake, desnudos falsos
spyware: programas espía, software espía, spyware, programa espía
drones: dron, drones
telecom equipment: equipos de telecomunicaciones, equipos de red, equipamiento de telecomunicaciones, infraestructura de telecomunicaciones
5G equipment: equipos 5G, red 5G, redes 5G, tecnología 5G, infraestructura 5G
surveillance cameras: cámaras de vigilancia, cámaras de seguridad, videovigilancia, cámara de vigilancia
semiconductors: semiconductores, chips, microchips, chips avanzados, chips de IA
mobile internet: acceso a internet móvil, acceso a Internet móvil, internet móvil, datos móviles, internet celular
internet: acceso a internet, cortes de internet, apagón de internet, servicios de internet, acceso a Internet
pornography: pornografía, porno, páginas porno, sitios pornográficos, contenido pornográfico, webs porno
targeted advertising: publicidad dirigida, publicidad personalizada, anuncios personalizados, publicidad segmentada
social commerce: comercio social, social commerce
satellite dishes: antenas parabólicas, parabólicas, antena parabólica
connected cars: coches conectados, vehículos conectados, autos conectados
routers: routers, enrutadores, router
live streaming: transmisiones en vivo, retransmisiones en directo, streaming en vivo, transmisión en vivo
media outlets: medios de comunicación, canales de televisión, emisoras, cadenas de televisión, medios estatales, sitios de noticias, medios extranjeros
books: libros, libro, novelas, libros de texto
music: música, canciones, videoclips, narcocorridos, reguetón
movies: películas, película, filmes, cine
TV series: series de televisión, telenovelas, series, teleseries, series de TV
newspapers: periódicos, revistas, periódico
concerts: conciertos, concierto, festivales, festivales de música
LGBTQ content: propaganda LGBT, contenidos LGBT, propaganda homosexual, contenido LGBTQ, ideología de género
religious symbols: símbolos religiosos, signos religiosos, vestimenta religiosa
face veils: burka, burkas, burqa, niqab, nicab, velo integral, velos integrales
abayas: abaya, abayas
headscarves: velo islámico, hiyab, hijab, pañuelo islámico, velo
Nazi symbols: esvástica, esvásticas, símbolos nazis, saludo nazi, cruz gamada
protests: protestas, manifestaciones, protesta, manifestación
rainbow flags: banderas arcoíris, bandera arcoíris, banderas LGBT, bandera LGBT, banderas del orgullo
short-term rentals: alquileres de corta duración, alquiler de corta duración, pisos turísticos, viviendas turísticas, alquiler turístico, alquileres turísticos, apartamentos turísticos, alquileres vacacionales
cash: pagos en efectivo, dinero en efectivo, pago en efectivo, en efectivo
surrogacy: gestación subrogada, vientres de alquiler, maternidad subrogada, vientre de alquiler
conversion therapy: terapias de conversión, terapia de conversión, terapias de reconversión
abortion: aborto, abortos, interrupción voluntaria del embarazo, píldora abortiva, misoprostol
gender-affirming care: tratamientos de afirmación de género, bloqueadores de la pubertad, cirugías de reasignación de sexo, transición de género, atención de afirmación de género
child marriage: matrimonio infantil, matrimonios infantiles, matrimonio de menores, uniones tempranas
female genital mutilation: mutilación genital femenina, ablación, mutilación genital
corporal punishment: castigo corporal, castigos corporales, castigo físico
begging: mendicidad, mendicidad agresiva
prostitution: prostitución, trabajo sexual, compra de sexo, prostíbulos
ride-hailing: VTC, aplicaciones de transporte, plataformas de transporte, vehículos de alquiler con conductor
private tutoring: clases particulares, academias privadas, tutorías privadas, clases extraescolares de refuerzo
tanning beds: camas solares, cabinas de bronceado, solarios, rayos UVA
skin-lightening products: productos blanqueadores de piel, cremas blanqueadoras, aclaradores de piel, cremas aclarantes
dangerous dog breeds: perros potencialmente peligrosos, razas peligrosas, pitbulls, pitbull, perros de presa
XL bully dogs: XL bully, XL bullies, perros XL bully, American XL bully
billboards: vallas publicitarias, carteles publicitarios, publicidad exterior
short selling: ventas en corto, venta en corto, ventas en descubierto, posiciones cortas
binary options: opciones binarias
firearms: armas de fuego, arma de fuego, armas semiautomáticas, rifles
assault weapons: armas de asalto, rifles de asalto, fusiles de asalto, arma de asalto
handguns: pistolas, armas cortas, revólveres
ghost guns: armas fantasma, armas impresas en 3D, armas caseras
knives: cuchillos, navajas, machetes, armas blancas
landmines: minas antipersona, minas terrestres, minas antipersonales
cluster munitions: municiones en racimo, bombas de racimo, munición de racimo
fireworks: fuegos artificiales, pirotecnia, petardos, juegos pirotécnicos, pirotecnia de estruendo
pepper spray: gas pimienta, spray de pimienta, aerosol de pimienta
ammunition: municiones, munición, balas
toy guns: pistolas de juguete, armas de juguete, réplicas de armas
laser pointers: punteros láser, puntero láser, punteros láser verdes
nuclear weapons: armas nucleares, arma nuclear, armas atómicas, bomba atómica
chemical weapons: armas químicas
wheat: trigo, exportaciones de trigo, exportación de trigo
onions: cebollas, cebolla
tomatoes: tomates, tomate
potatoes: patatas, papas, patata
beef: carne vacuna, carne de vacuno, carne bovina, carne de res
poultry: carne de pollo, carne aviar, aves de corral, productos avícolas
pork: carne de cerdo, carne porcina
sugar: exportaciones de azúcar
eggs: huevos
maize: maíz
fertilisers: fertilizantes, abonos
sunflower oil: aceite de girasol
`);
